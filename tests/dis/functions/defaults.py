def f(a, b=1, c="x", d=None):
    return a, b, c, d
