print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(3+4j), abs(True), abs(-10**30), abs(float("-inf")), abs(float("nan")))
class A:
    def __abs__(self): return "custom abs"
print(abs(A()))
for bad in ("s", None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
import fractions, decimal
print(abs(fractions.Fraction(-1, 3)), abs(decimal.Decimal("-1.50")))
