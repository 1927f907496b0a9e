import math
for x, y in [(7, 3), (-7, 3), (8, 3), (5, 2), (7, 2), (-5, 2), (1e20, 3), (0.5, 1), (1.5, 1), (2.5, 1), (3, math.inf), (-0.0, 1)]:
    print(x, y, math.remainder(x, y))
for x, y in [(1, 0), (math.inf, 1)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print(type(e).__name__, e)
print(math.remainder(math.nan, 1), math.remainder(1, math.nan))
