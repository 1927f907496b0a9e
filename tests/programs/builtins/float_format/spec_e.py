# xfail: not yet identical to CPython
vals = [0.0, -0.0, 1.0, 0.5, 2.675, 1234.5678, -0.001234, 1e20, 1e-20, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), [format(v, s) for s in ("e", ".0e", ".1e", ".3E", "#.0e", "+e", ".20e")])
