def f(g):
    try:
        return g()
    finally:
        print("cleanup")
# xfail: not yet identical to CPython
