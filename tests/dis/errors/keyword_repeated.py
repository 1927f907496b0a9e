# xfail: not yet identical to CPython
f(a=1, a=2)
