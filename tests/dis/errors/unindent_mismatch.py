# xfail: not yet identical to CPython
if x:
        a = 1
    b = 2
