print((7).__index__(), (-7).__index__())
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-15, -1), round(25, -1))
print(round(5, 2), round(5), type(round(5, 1)).__name__)
print(round(123, -5), round(-5, -1), round(15, -1))
print((7).__round__(), (7).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print(round(10**20 + 5, -1), round(10**20 + 15, -1))
import math
print(math.trunc(9), math.floor(-9), math.ceil(9))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
