global x
x = 1
# xfail: not yet identical to CPython
