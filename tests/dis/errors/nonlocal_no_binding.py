# xfail: not yet identical to CPython
def f():
    def g():
        nonlocal q
