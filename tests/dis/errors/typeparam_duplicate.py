# xfail: not yet identical to CPython
def f[T, T]():
    pass
