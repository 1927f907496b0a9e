x = 1 + \
    2 + \
    3
# xfail: not yet identical to CPython
