x = 2 ** 200
y = "x" * 5000
# xfail: not yet identical to CPython
