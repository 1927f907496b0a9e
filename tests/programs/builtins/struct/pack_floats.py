import struct
for f in ("e", "f", "d", "<e", ">f", "!d"):
    for v in (0.0, -0.0, 1.5, -2.25, 65504.0, 1e-7, float("inf"), float("-inf")):
        data = struct.pack(f, v)
        print(f, v, data.hex(), struct.unpack(f, data))
print(struct.pack("<d", 1), struct.unpack("<f", struct.pack("<f", 0.1)))
n = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(n != n)
for f, v in (("<f", 1e300), ("<e", 1e6), ("e", 70000.0)):
    try:
        struct.pack(f, v)
    except OverflowError as e:
        print(f, type(e).__name__, e)
try:
    struct.pack("d", "x")
except struct.error as e:
    print(e)
