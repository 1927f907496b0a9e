# xfail: not yet identical to CPython
f = lambda a=1, b: a
