a = 2 ** 200
b = 3 ** 150
print(a)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a >> 190, a << 3, a & (2 ** 64 - 1), a | 1, a ^ a)
print(str(10 ** 50)[:10], len(str(10 ** 50)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(int("9" * 40) + 1)
