# xfail: not yet identical to CPython
for n in (0, 7, -7, 255, -255, 65536):
    print(n, [format(n, s) for s in ("b", "o", "x", "X", "#b", "#o", "#x", "08b", "#010b", "+x", " o", "_b", ",d", "^+9d", "=+9d")])
