b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b.hex(b"|", 1))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""), bytearray.fromhex("00ff"))
for s in ("abc", "zz", "0 0", "a\nb"):
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    b.hex("::")
except ValueError as e:
    print(type(e).__name__, e)
