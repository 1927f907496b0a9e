for spec in ("<", ">", "^", "=", "0", "00", "000", "1", "+0", "-0", " 0", "<0", ".0", ".0%", "#", "#0", "#.0", ",.0f", "_.0f", "0,"):
    try:
        r1 = repr(format(12.5, spec))
    except ValueError as e:
        r1 = type(e).__name__ + ": " + str(e)
    try:
        r2 = repr(format(-12, spec))
    except ValueError as e:
        r2 = type(e).__name__ + ": " + str(e)
    print(repr(spec), r1, r2)
