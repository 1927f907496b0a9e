import math
for v in (0.0, -0.0, 1.0, 0.5, 8.0, -3.75, 1e300, 5e-324, math.inf, -math.inf):
    print(repr(v), math.frexp(v), math.modf(v))
print(math.frexp(math.nan), math.modf(math.nan))
for x, i in [(1, 10), (0.5, -1), (1, -1074), (1, -1075), (3, 1021), (1, 1023), (-0.0, 5), (math.inf, -100), (1, -10**20), (0, 10**20)]:
    print(x, i, math.ldexp(x, i))
try:
    math.ldexp(1, 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ldexp(1, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
