for v in (-0.0, 0.0, -0.001, -0.4, 0.4, -1.0):
    print(repr(v), [format(v, s) for s in ("z", "z.0f", "z.1f", "z.2e", "zg", "+z.0f", " z.0f", "z.0%")])
