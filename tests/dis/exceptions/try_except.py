def f(g):
    try:
        g()
    except ValueError:
        return 1
# xfail: not yet identical to CPython
