a = 12345678901234567890123
b = -1
c = 1.5e300
d = 3j
e = 0x7fffffff
f = 1_000_000
# xfail: not yet identical to CPython
