from fractions import Fraction
from decimal import Decimal
print(1 + 2.0, type(1 + 2.0).__name__, 1 + 2j, type(True + 1).__name__)
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.25"))
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
print(1 == 1.0 == Fraction(1) == Decimal(1), 0.5 == Fraction(1, 2))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2)
