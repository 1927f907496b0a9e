# xfail: not yet identical to CPython
x = 1
elif x:
    pass
