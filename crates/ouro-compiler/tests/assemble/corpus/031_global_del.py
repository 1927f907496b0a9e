x = 1
del x
y = [1, 2]
del y[0]
del a.b, c
