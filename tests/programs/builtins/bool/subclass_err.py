try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__new__(bool, 5))
try:
    bool.__new__(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, True.denominator)
print(True.conjugate(), type(True.conjugate()).__name__)
