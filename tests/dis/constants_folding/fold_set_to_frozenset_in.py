def f(x):
    return x in {1, 2, 3}
# xfail: not yet identical to CPython
