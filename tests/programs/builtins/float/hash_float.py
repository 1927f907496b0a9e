for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 1e-100, 2.0**61, 2.0**62, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf")):
    print(repr(v), hash(v))
print(hash(0.5) == hash(0.5), hash(float("nan")) == hash(float("nan")))
n = float("nan")
print(hash(n) == hash(n))
print(hash(2.0) == hash(2), hash(1e20) == hash(10**20))
