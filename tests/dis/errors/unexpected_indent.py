# xfail: not yet identical to CPython
x = 1
    y = 2
