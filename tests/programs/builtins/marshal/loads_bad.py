import marshal
for h in ("72", "7200000000", "5b02000000", "28ffffffff", "7b4e", "30", "6c01000000", "6c0100000000ff", "7300000001", "7a05616263", "67000000", "6601", "66033132"):
    try:
        v = marshal.loads(bytes.fromhex(h))
        print(h, repr(v))
    except (ValueError, EOFError, TypeError) as e:
        print(h, type(e).__name__, e)
for bad in (None, 5, [1], "4e"):
    try:
        marshal.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(marshal.loads(b"N..."), marshal.loads(bytearray(b"T")), marshal.loads(memoryview(b"F")))
