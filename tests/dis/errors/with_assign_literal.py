# xfail: not yet identical to CPython
with a as 1:
    pass
