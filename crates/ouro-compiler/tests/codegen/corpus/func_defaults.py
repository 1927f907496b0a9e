def f(a, b=1, *args, c, d=2, **kw):
    pass
def g(a=x, b=y):
    return a
