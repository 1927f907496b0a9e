# xfail: not yet identical to CPython
for v in (0.0, -0.0, 3.14159, -2.5e-7, 1e22, float("inf"), float("nan")):
    print([("%" + f) % v for f in ("f", ".1f", "8.2f", "-8.2f", "+.0f", "#.0f", "e", ".0e", "#.0e", "g", ".2g", "#g", "G", "010.3f", "r")])
