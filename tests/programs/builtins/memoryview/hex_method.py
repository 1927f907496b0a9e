m = memoryview(b"\x01\x02\xab\xcd\xef")
print(m.hex(), m.hex(":"), m.hex("-", 2), m.hex(" ", -2), m[1:3].hex(), m[::-1].hex())
print(memoryview(bytearray(range(4))).cast("I").hex(), memoryview(b"").hex())
try:
    m.hex("ab")
except ValueError as e:
    print(type(e).__name__, e)
