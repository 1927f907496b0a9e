# xfail: not yet identical to CPython
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 0 ** 0, 2 ** -2)
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, -10 % 4, 10.0 // 3, 1 / 3 * 3)
print(pow(-8, 1 / 3))
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3))
print(7 / 7, type(7 / 7).__name__, 2 ** 64 // 3)
