import math
for v in (0, 1.5, -0.0, math.inf, -math.inf, math.nan, 1e308, 10**400, True):
    print(repr(v) if not isinstance(v, int) or v < 10**20 else "10**400", math.isfinite(v) if not (isinstance(v, int) and v > 10**300) else "skip", math.isinf(v) if not (isinstance(v, int) and v > 10**300) else "skip", math.isnan(v) if not (isinstance(v, int) and v > 10**300) else "skip")
try:
    math.isfinite(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.isnan("nan")
except TypeError as e:
    print(type(e).__name__, e)
