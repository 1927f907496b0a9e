# xfail: not yet identical to CPython
del 1
