import math
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2**100), math.fabs(-math.inf), type(math.fabs(-3)).__name__)
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(3, -math.nan), math.copysign(math.inf, -1), math.copysign(0.0, -1))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (1e20, 3), (0.0, 1), (-0.0, 1), (1, math.inf), (math.inf, 1)]:
    try:
        print(x, y, math.fmod(x, y), x % y)
    except ValueError as e:
        print(x, y, type(e).__name__, e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
