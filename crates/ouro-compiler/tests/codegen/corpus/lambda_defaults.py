f = lambda a=1, b=x, *, c=3, d=y: 0
g = lambda a, /, b: 0
