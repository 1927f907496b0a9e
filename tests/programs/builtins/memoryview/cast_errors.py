m = memoryview(bytearray(12))
for args in (("x",), ("<i",), ("ii",), ("i", (4,)), ("B", (0,)), ("B", (3, 4)), ("B", [2, 6]), ("b", (-1,))):
    try:
        r = m.cast(*args)
        print(args, r.shape, r.format)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
i = m.cast("i")
for fmt in ("h", "B", "c"):
    try:
        print(fmt, i.cast(fmt).shape)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
try:
    m[::2].cast("B")
except TypeError as e:
    print(type(e).__name__, e)
print(m.cast("B", shape=(2, 2, 3)).shape, m.cast(format="H").shape, m.cast("@i").format)
