def f():
    x = 1
    def g():
        return x
    del x
    return g
# xfail: not yet identical to CPython
