# xfail: not yet identical to CPython
f(**x, *y)
