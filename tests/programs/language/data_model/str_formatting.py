name, n, f = "ann", 42, 3.14159
print(f"{name!r:>8}|{n:05d}|{f:.3f}|{n:x}|{n:,}|{1234567.891:,.2f}")
print("{} {} {}".format(1, "b", [3]), "{1}{0}".format("a", "b"), "{k}".format(k="v"))
print("%s %d %5.2f %-4s| %x %%" % ("s", 7, 2.5, "ab", 255))
print(f"{n=}", f"{f * 2=:.1f}", f"{'nested {}'.format(1)}")
print(format(0.000123, "e"), format(123.456, "g"), format(0.5, "%"), format("s", "^5"))
print(f"{3:{'>'}{6}}", f"{{literal}}")
