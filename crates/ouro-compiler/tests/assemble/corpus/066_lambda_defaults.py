f = lambda x, y=1, *a, z=2, **k: (x, y, a, z, k)
g = lambda: (yield)
