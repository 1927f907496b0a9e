# xfail: not yet identical to CPython
counter = 10
print(countr + 1)
