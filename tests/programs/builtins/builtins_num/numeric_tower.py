import numbers, fractions, decimal
for v in (1, True, 1.5, 1j, fractions.Fraction(1, 2), decimal.Decimal("1.5")):
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Complex), isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
F = fractions.Fraction
print(F(1, 3) + F(1, 6), F(3, 4) * 2, F("0.25"), F(0.5), F(1, 3) < 0.34, float(F(1, 3)), F(6, 4), repr(F(6, 4)))
D = decimal.Decimal
print(D("0.1") + D("0.2"), D(1) / D(7), D("1.30") + D("1.20"), D(0.1), D("1e3").normalize(), str(D("-0")))
