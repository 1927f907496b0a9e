# decimal (the pure-Python _pydecimal, which needs contextvars) and fractions.
import decimal
from fractions import Fraction

print(decimal.Decimal("1.1") + decimal.Decimal("2.2"))
print(repr(decimal.Decimal("1.1") + decimal.Decimal("2.2")))
print(decimal.Decimal(1) / decimal.Decimal(7))
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(decimal.Decimal(1) / decimal.Decimal(7))
print(decimal.getcontext().prec)
print(decimal.Decimal("3.14159").quantize(decimal.Decimal("0.01")))
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.75"), Fraction(2.5))
