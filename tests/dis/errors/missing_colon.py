# xfail: not yet identical to CPython
if x
    pass
