import math
for v in (0, 30, 45, 90, 180, 360, -90, 1e308):
    print(v, math.radians(v))
for v in (0, math.pi / 6, math.pi / 2, math.pi, -math.pi, 1):
    print(repr(v), math.degrees(v))
