print((3.7).__trunc__(), (3.7).__floor__(), (3.7).__ceil__(), (-3.7).__trunc__(), (-3.7).__floor__(), (-3.7).__ceil__())
print((3.7).__round__(), (3.75).__round__(1), (3.7).__int__(), (3.7).__float__())
print((2.5).__divmod__(1), (2.5).__rdivmod__(7), (2.5).__rpow__(2), (2.5).__rtruediv__(5))
print((2.5).__add__(1), (2.5).__add__("x"), (2.5).__eq__(2.5), (2.5).__lt__(None))
print(float.__getformat__("double"))
print((2.5).__abs__(), (-2.5).__neg__(), (2.5).__pos__(), (0.0).__bool__(), (0.1).__bool__())
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
for v in (float("inf"), float("nan")):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
