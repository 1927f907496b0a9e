import struct
buf = bytearray(12)
struct.pack_into("<i", buf, 0, -1)
struct.pack_into(">h", buf, 4, 258)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf)
m = memoryview(buf)
struct.pack_into("<B", m, 6, 7)
print(buf)
for args in ((bytearray(2), 0, 1), (bytearray(8), 6, 1), (bytearray(8), -20, 1), (bytearray(8), 9, 1)):
    try:
        struct.pack_into("i", *args)
    except struct.error as e:
        print(e)
for target in (b"xxxx", memoryview(b"xxxx")):
    try:
        struct.pack_into("i", target, 0, 1)
    except TypeError as e:
        print(type(e).__name__, e)
