a.b = 1
a.b.c = 2
del a.b
