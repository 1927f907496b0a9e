# xfail: not yet identical to CPython
a, *b, *c = range(10)
