for spec in ("s", ".2d", ",c", "z", "=s", "#c", "_,", ",_", "10.2x", "j"):
    try:
        print(repr(spec), format(12, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
