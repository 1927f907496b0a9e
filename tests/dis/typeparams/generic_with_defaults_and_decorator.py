def deco(f):
    return f
@deco
def f[T](x: T = None, *, y: int = 1) -> T:
    return x
