def f():
    x: int = 1
    y: str
    return x
# xfail: not yet identical to CPython
