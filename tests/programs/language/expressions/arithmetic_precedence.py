# xfail: not yet identical to CPython
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~1 + 1, not 1 + 1)
print(3 > 2 > 1, 1 < 3 > 2, 1 == 1.0 != 2, 2 in [1, 2] == True)
