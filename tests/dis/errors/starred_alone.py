# xfail: not yet identical to CPython
*a = [1, 2]
