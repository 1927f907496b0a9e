# xfail: not yet identical to CPython
def f(a=1, b):
    pass
