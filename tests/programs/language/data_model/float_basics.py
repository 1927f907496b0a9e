# xfail: not yet identical to CPython
print(0.1 + 0.2, 1 / 3, 2 / 2, 1e16, 1e-5, 123456789.0 * 10)
print(float("inf"), float("-inf"), float("nan"), -0.0)
print(round(2.5), round(3.5), round(2.675, 2), round(1234.5678, -2))
print(7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
print((0.5).as_integer_ratio(), (3.0).is_integer(), float.fromhex("0x1.8p1"))
print(int(1e20), 1e308 * 10, float("1_000.5"))
print(repr(1.0), repr(1e22), repr(1.5e-7), str(100.0), 3.14159265358979)
