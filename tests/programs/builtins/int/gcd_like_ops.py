a, b = 2**127 - 1, 2**89 - 1
print(a % b, a // b, pow(a, b, 10**9 + 7), a.bit_length(), (a * b).bit_count())
print(divmod(-a, b), divmod(a, -b))
print((a << 5) >> 5 == a, (a ^ b) & 0xFFFF, (~a) & 0xFF, -a >> 3)
x = 1
for i in range(1, 30):
    x *= i
print(x, x % 1000003, str(x)[::-1][:10])
print(int(str(x)) == x, int(hex(x), 16) == x, int(bin(x), 0) == x, int(oct(x)[2:], 8) == x)
