def f[T](x: T) -> T:
    return x
def g[T, *Ts, **P](a=1, *, b=2):
    pass
def h[T: int, U: (str, bytes)]():
    pass
