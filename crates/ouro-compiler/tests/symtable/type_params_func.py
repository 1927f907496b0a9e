def f[T](x: T) -> T:
    return x
def g[T: int, *Ts, **P](a: T, *args: *Ts) -> None:
    pass
def h[T](x=1, *, y=2): pass
