for n in (0, 5, -7, 10**30):
    print(n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(True.as_integer_ratio(), type(True.real).__name__, type(True.numerator).__name__)
print((5).is_integer(), (-3).is_integer())
print(type((7).as_integer_ratio()[0]).__name__)
