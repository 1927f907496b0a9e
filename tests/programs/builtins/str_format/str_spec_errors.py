for spec in ("d", "=10", "+", " ", "#", ",", "_", "010", "z", "x", ".", "10.", "<<5"):
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
