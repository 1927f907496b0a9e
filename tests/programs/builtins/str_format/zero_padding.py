for v in (5, -5, 5.5, -5.5, 1+2j):
    for spec in ("06", "06.1f", "=+06", "<06", "^06", ">06"):
        try:
            print(repr(v), spec, repr(format(v, spec)))
        except ValueError as e:
            print(repr(v), spec, type(e).__name__, e)
