import math
for v in (0.5, 1, 1.5, 2, 3, 5, 10, 0.1, -0.5, -1.5, 171, 171.5):
    try:
        print(v, math.gamma(v), math.lgamma(v))
    except (ValueError, OverflowError) as e:
        print(v, type(e).__name__, e)
for v in (0, -1, -2.0):
    try:
        math.gamma(v)
    except ValueError as e:
        print(v, type(e).__name__, e)
for v in (0, 0.5, 1, 2, -1, 5, -math.inf, math.inf, 30):
    print(v, math.erf(v), math.erfc(v))
