# xfail: not yet identical to CPython
a, b += 1
