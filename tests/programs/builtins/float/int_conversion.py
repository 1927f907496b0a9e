for v in (0.5, 1.5, -1.5, 1e15 + 0.5, 2.0**53, 2.0**53 + 2, 1e20, 1.7976931348623157e308, -0.0):
    print(repr(v), int(v))
print(float(2**53 + 1), float(2**53 + 1) == 2**53 + 1, 2**53 + 1 == float(2**53) + 1)
print(float(123456789012345678901234567890))
print(float(-(2**1023 + 2**970)), float(2**1023 + 2**969))
try:
    print(float(2**1023 + 2**971))
except OverflowError as e:
    print(type(e).__name__, e)
