import math
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, math.isnan(nan))
print(float("inf") > 1e308, math.isinf(-float("inf")))
print(0.0 == -0.0, math.copysign(1, -0.0))
print(hash(1.0) == hash(1), hash(0.5), hash(float("inf")))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(e)
