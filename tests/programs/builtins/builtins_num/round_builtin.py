print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(5, None), round(5.5, None), round(-5.5), type(round(5.5)).__name__, type(round(5.5, 1)).__name__)
class R:
    def __round__(self, n=None): return ("rounded", n)
print(round(R()), round(R(), 3))
for bad in ("1.5", [1], None):
    try:
        round(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
import fractions, decimal
print(round(fractions.Fraction(5, 2)), round(fractions.Fraction(7, 3), 2), round(decimal.Decimal("2.675"), 2), round(decimal.Decimal("2.5")))
