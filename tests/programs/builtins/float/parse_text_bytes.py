for t in ["1.5", " 2 ", "1_0.5", "inf", "-Infinity", "+nan", "nan", "--inf", "+-1", "1e5", ".5", "5.", "0x10", "1__0", "_1", "infinit", "iNf", "1e", "١٫٥", "١٢", "\u20031.5", "-nan"]:
    try: print(repr(t), float(t))
    except ValueError as e: print(repr(t), e)
for b in [b"1.5", bytearray(b" 2 "), b"x", b"\xff", memoryview(b"3.25")]:
    try: print(float(b))
    except ValueError as e: print(e)
print(ord(b"A"), ord(bytearray(b"z")))
for bad in [b"ab", b"", bytearray()]:
    try: ord(bad)
    except TypeError as e: print(e)
print(sorted([1, 2], reverse="yes"), sorted([1, 2], reverse=[]))
