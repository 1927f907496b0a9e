import math
print(math.log(10**1000), math.log10(10**1000), math.log2(2**5000 + 1))
print(math.sqrt(10**300), math.floor(10**50), math.ceil(10**50 + 0.0))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.exp(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.factorial(25) == math.prod(range(1, 26)), math.comb(10**3, 3))
print(math.log(10**400, 10), math.log(0.5 if False else 2**-1074 * 1.0))
