import math
for v in (0, 1, 2, 4, 0.25, 1e308, 5e-324, 10**20, -0.0, math.inf):
    print(repr(v), math.sqrt(v), math.cbrt(v))
print(math.cbrt(-8), math.cbrt(-27.0), math.cbrt(math.nan))
for v in (0, 1, 15, 16, 17, 10**40, 10**40 - 1, 2**1000):
    print(math.isqrt(v) if v < 10**30 else math.isqrt(v) % 10**12)
for bad in (-1, -0.5, -math.inf):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(math.sqrt(10**400 if False else 10**300), math.sqrt(True))
