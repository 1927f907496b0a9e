for a, b in [(5.0, 3.0), (-5.0, 3.0), (5.0, -3.0), (-5.0, -3.0), (0.1, 0.01), (1e308, 1e-308), (1.0, float("inf")), (-1.0, float("inf")), (float("inf"), 1.0), (3.0, 0.5), (-0.0, 3.0), (1e-320, 3e-320)]:
    try:
        print(a, b, divmod(a, b), a // b, a % b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
