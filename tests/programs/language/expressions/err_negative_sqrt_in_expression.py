import math
points = [(3, 4), (1, 1)]
for x, y in points:
    print(math.sqrt(x * x + y * y) - math.sqrt(x - y * 2))
