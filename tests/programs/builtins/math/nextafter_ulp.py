import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=0), math.nextafter(0.0, 1.0, steps=5))
for v in (1.0, 0.0, 5e-324, 1e300, 2**52, 1.7976931348623157e308, math.inf, -1.0):
    print(repr(v), math.ulp(v))
print(math.ulp(math.nan))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(type(e).__name__, e)
