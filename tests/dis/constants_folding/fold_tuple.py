def f(x):
    return x in (1, 2, 3)
t = (1, 2, (3, 4))
