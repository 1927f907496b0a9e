a = -b
c = +d
e = ~f
g = not h
k = -1
m = not 1
