# xfail: not yet identical to CPython
for v in (0.0, 0.5, 0.123456, 1.0, -0.25, 12.3456):
    print([format(v, s) for s in ("%", ".0%", ".1%", ".3%", "+.2%", "10.1%")])
