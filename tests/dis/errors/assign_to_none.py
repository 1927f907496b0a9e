# xfail: not yet identical to CPython
None = 1
