def f(x):
    return x == None, x != (), 1 < 2
# xfail: not yet identical to CPython
