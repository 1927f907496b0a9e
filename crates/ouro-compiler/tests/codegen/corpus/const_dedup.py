a = 1
b = 1.0
c = True
d = 1
e = (1,)
f = (True,)
g = (1.0,)
