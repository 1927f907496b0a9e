import math
for v in (0, 0.5, 1, -1, 10, 100):
    print(v, math.sinh(v), math.cosh(v), math.tanh(v), math.asinh(v))
for v in (1, 2, 10, 1e300):
    print(v, math.acosh(v))
for v in (-0.5, 0, 0.5, 0.999):
    print(v, math.atanh(v))
for f, v in ((math.acosh, 0.5), (math.atanh, 1), (math.atanh, -2)):
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.sinh(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.tanh(1000), math.tanh(-math.inf))
