f = lambda: 1
g = lambda x: x
h = lambda x, y=1, *a, z=2, **k: 0
