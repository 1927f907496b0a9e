def f(a, b=1, c="x", d=None):
    return a, b, c, d
# xfail: not yet identical to CPython
