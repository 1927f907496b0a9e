def f(a, i, j):
    x = a[i:j]
    y = a[::2]
    z = a[i:]
    a[1:2] = [3]
    del a[:i]
    return x, y, z, a[1:2:3]
