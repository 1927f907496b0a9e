def f(g, a, b):
    return g(
        a,
        b,
    )
# xfail: not yet identical to CPython
