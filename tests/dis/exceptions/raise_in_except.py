def f(g):
    try:
        g()
    except ValueError:
        raise
# xfail: not yet identical to CPython
