for s in ("d", "x", "c", "s", "b", "o", ",_", "=s", "z d", ".f", "1.2.3f", "!", "%%"):
    try:
        print(repr(s), format(1.5, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
