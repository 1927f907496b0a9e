g = lambda: (yield 1)
# xfail: not yet identical to CPython
