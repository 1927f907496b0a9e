a = not (x is y)
b = not (x in y)
c = not (x == y)
d = not x is not y
