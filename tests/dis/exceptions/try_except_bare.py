def f(g):
    try:
        g()
    except:
        pass
# xfail: not yet identical to CPython
