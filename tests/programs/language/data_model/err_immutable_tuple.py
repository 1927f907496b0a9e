# xfail: not yet identical to CPython
point = (1, 2)
point[0] = 5
