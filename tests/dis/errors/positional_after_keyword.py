# xfail: not yet identical to CPython
f(a=1, 2)
