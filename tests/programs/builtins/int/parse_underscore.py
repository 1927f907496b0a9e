cases = ["1_2", "1_2_3", "0x1_f", "0o1_7", "0b1_1", "0_x1", "1__2", "_12", "12_", "0x_1", "0_b1", "1_000", "0_0_0", "00_1"]
for s in cases:
    for base in (0, 10, 16):
        try:
            r = int(s, base)
        except ValueError as e:
            r = "ValueError " + str(e)
        print(repr(s), base, r)
