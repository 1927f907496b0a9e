cases = [(0.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (-0.0, -2.0), (-1.0, float("inf")), (-1.0, 0.5), (2.0, 1024.0), (2.0, -1075.0), (-8.0, 1.0 / 3), (1.0, float("nan")), (float("nan"), 0.0), (0.5, float("-inf")), (-2.0, 3.0), (-2.0, -3.0), (10.0, -400.0)]
for a, b in cases:
    try:
        r = a ** b
        print(a, b, r)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(a, b, type(e).__name__, e)
