# xfail: not yet identical to CPython
value = 1
del value
del value
