class A:
    pass
# xfail: not yet identical to CPython
