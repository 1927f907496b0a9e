def f(g, h):
    try:
        g()
    finally:
        h()
# xfail: not yet identical to CPython
