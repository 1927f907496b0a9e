x = 2 * 3 + 4
y = 2 ** 10
z = 7 // 2 - 1
# xfail: not yet identical to CPython
