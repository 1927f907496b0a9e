# xfail: not yet identical to CPython
x = (1,
