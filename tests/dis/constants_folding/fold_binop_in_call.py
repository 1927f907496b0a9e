def f(g):
    return g(60 * 60 * 24, 1 << 20, "-" * 8)
# xfail: not yet identical to CPython
