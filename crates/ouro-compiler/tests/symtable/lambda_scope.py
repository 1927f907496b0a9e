f = lambda x, y=2, *a, k=3, **kw: x + y + k
g = lambda: (yield)
def h(v):
    return lambda w: v + w
