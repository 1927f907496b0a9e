# xfail: not yet identical to CPython
x = 3
assert x % 2 == 0
