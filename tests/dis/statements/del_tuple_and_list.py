a = b = c = 1
del (a, b), [c]
# xfail: not yet identical to CPython
