def f(cm):
    with cm as (a, b):
        return a + b
# xfail: not yet identical to CPython
