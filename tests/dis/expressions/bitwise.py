x = 0b1010
y = 12
z = (x & y) | (x ^ y) << 2 >> 1
w = ~x
# xfail: not yet identical to CPython
