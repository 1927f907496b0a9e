# xfail: not yet identical to CPython
for v in (0.0, -0.0, 1.0, 0.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -2.5, 1024.0, float("inf"), float("-inf"), float("nan")):
    print(repr(v), v.hex())
