
# xfail: not yet identical to CPython
