for fmt, args in [("%d", "s"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%s %(a)s", {"a": 1}), ("%", ()), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)), ("%o", 1.5)]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
