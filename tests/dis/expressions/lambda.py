f = lambda: 0
g = lambda x, y=2, *a, k, **kw: x + y
h = lambda x: lambda y: x + y
