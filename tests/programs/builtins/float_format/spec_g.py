# xfail: not yet identical to CPython
vals = [0.0, -0.0, 1.0, 0.5, 100000.0, 1000000.0, 1e16, 1e-4, 1e-5, 1234.5678, 0.000123456, 123456789.0]
for v in vals:
    print(repr(v), [format(v, s) for s in ("g", ".0g", ".1g", ".3g", "#g", "#.3g", "G", ".10g", "")])
