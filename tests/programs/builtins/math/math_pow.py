import math
for x, y in [(2, 10), (2, 0.5), (-2, 3), (-8, 1/3), (0, 0), (0, -1), (1, math.nan), (math.nan, 0), (math.inf, -1), (-math.inf, 3), (10, 400), (-1, math.inf), (0.5, -math.inf)]:
    try:
        print(x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)
print(type(math.pow(2, 2)).__name__)
