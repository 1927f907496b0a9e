import math
for v in (0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1, 1e10):
    print(repr(v), math.sin(v), math.cos(v), math.tan(v))
for v in (-1, -0.5, 0, 0.5, 1):
    print(v, math.asin(v), math.acos(v), math.atan(v))
print(math.atan(math.inf), math.atan(-math.inf))
for f, v in ((math.asin, 2), (math.acos, -1.5), (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf)):
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
print(math.sin(math.nan), math.cos(-0.0), math.sin(-0.0))
