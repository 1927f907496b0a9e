a[1]
x = a[b]
a[1] = 2
del a[1]
x = a[1, 2]
