# xfail: not yet identical to CPython
vals = [0.0, -0.0, 1.0, 0.5, 2.675, 1234.5678, -0.001234, 1e20, 1e-20, 123456789.987654321]
for v in vals:
    print(repr(v), [format(v, s) for s in ("f", ".0f", ".1f", ".2f", ".10f", "#.0f", "+.3f", " .3f")])
