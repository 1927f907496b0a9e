n = 1234567
for spec in ("", "d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",", "_", "_x", "_b", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "n", "e", ".2e", "f", ".3f", "g", "%", ".1%", "=+12,d", "*^15,"):
    print(repr(spec), repr(format(n, spec)))
print(format(-42, "=+08d"), format(-42, "08d"), format(42, "#010x"))
print(format(65, "c"), format(0x1F600, "c"))
