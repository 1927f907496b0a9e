import math
for y, x in [(0, 1), (1, 0), (0, -1), (-0.0, -1), (1, 1), (-1, -1), (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (math.inf, math.inf), (1, -math.inf)]:
    print(y, x, math.atan2(y, x))
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 2, 2), math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan), math.hypot(-3, -4))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (1,)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.hypot("a")
except TypeError as e:
    print(type(e).__name__, e)
