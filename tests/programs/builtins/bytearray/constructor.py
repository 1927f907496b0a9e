print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"b"), bytearray("s", "utf-8"), bytearray(range(3)), bytearray(memoryview(b"mv")))
for bad in [("s",), (-1,), ([300],), (1.0,), ("x", "bad-enc")]:
    try:
        bytearray(*bad)
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"reinit")
ba.__init__(b"new")
print(ba)
print(bytearray.__hash__, len(bytearray(b"four")))
