import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(repr(math.pi), math.pi * 2 == math.tau, math.isnan(math.nan), math.isinf(math.inf))
print(sorted(n for n in dir(math) if not n.startswith("_")))
