def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = a + b
    return x
def g(): return
def h(): yield 1
