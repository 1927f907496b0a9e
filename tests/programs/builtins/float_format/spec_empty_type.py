# xfail: not yet identical to CPython
vals = [0.0, 1.0, 1e16, 1e15, 1.5e-5, 0.0001, 123.456, 1e100, 2.5]
for v in vals:
    print(repr(v), [format(v, s) for s in ("", ".1", ".2", ".3", ".5", "10", "<10", "+", ".0", "#")])
