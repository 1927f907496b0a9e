# xfail: not yet identical to CPython
def f(y):
    return [(yield x) for x in y]
