def f(a, b):
    with a:
        with b:
            pass
# xfail: not yet identical to CPython
