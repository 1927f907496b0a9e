import math
for v in (0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.999, -2.999, 1e20, -1e20, 2**53 + 0.0, 7, -7, True, 10**30):
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
class C:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __trunc__(self): return "truncated"
print(math.floor(C()), math.ceil(C()), math.trunc(C()))
for f in (math.floor, math.ceil, math.trunc):
    for v in (math.inf, math.nan, "1"):
        try:
            f(v)
        except (OverflowError, ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
