vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e20, 1e-20, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), round(v), [round(v, n) for n in (-2, -1, 0, 1, 2, 3)])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -300), round(1e300, 400), round(123.456, -400), round(-0.0, 1), round(0.0, -1))
