for v in (0.0, -0.0, 1.0, 0.5, 0.1, -0.75, 1e100, 5e-324, 3.141592653589793, 2.0**60):
    print(repr(v), v.as_integer_ratio())
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).is_integer(), (2.0).is_integer(), float("inf").is_integer(), float("nan").is_integer())
print((1.5).conjugate(), (1.5).real, (1.5).imag)
