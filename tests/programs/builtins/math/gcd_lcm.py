import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4), math.lcm(2**64, 3))
for bad in ((1.5, 2), ("a",)):
    try:
        math.gcd(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(math.gcd(True, 4), type(math.gcd(True, 4)).__name__)
