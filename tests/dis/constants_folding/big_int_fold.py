# Integer folding beyond 64 bits, within CPython's 128-bit limit for `*`, `**` and `<<`.
a = 2**64
b = 1 << 100
c = 10**20
d = -(2**63)
e = ~(2**70)
f = 2**64 - 1
g = 3**81
h = 1 << 200
i = 2**200
j = (2**64) // 3
k = -(2**65) % 7
l = 2**-14
m = (-3)**-3
n = 0**-1
