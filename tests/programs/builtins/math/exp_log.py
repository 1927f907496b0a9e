import math
for v in (0, 1, -1, 0.5, 10, 700, -745, 709.78):
    print(v, math.exp(v), math.exp2(v), math.expm1(v))
for v in (1, math.e, 10, 0.5, 2**1000, 1e-300, 5e-324):
    print(repr(v) if v < 1e300 else "2**1000", math.log(v), math.log10(v), math.log2(v), math.log1p(v))
print(math.log(8, 2), math.log(100, 10), math.log(2**10000, 2), math.log(10**500), math.log10(10**500), math.log2(2**2000))
for f, v in ((math.log, 0), (math.log, -1), (math.log10, 0), (math.log2, -5), (math.log1p, -1), (math.log1p, -2)):
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, v, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.log(1, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(math.exp(-math.inf), math.exp(math.inf), math.log(math.inf))
