# xfail: not yet identical to CPython
for n in (0, 42, -42, 2**70):
    print([("%" + f + "d") % n for f in ("", "5", "-5", "05", "+", " ", "+05", "-+6", ".3", "6.3", "-8.4")])
    print([("%" + f) % n for f in ("x", "#x", "#X", "o", "#o", "#08x", ".4x", "#.4o")])
