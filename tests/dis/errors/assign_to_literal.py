# xfail: not yet identical to CPython
1 = x
