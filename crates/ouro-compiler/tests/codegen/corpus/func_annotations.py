def f(a: int, b: str = 'x', *args: tuple, c: float, **kw: dict) -> None:
    pass
def g(x: 'fwd'):
    pass
