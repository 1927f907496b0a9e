def f[T](a, *, b=1, c): pass
def g[T](*, c): pass
