# xfail: not yet identical to CPython
def f(a, b, a):
    pass
