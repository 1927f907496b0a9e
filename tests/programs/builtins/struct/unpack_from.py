import struct
data = bytes(range(16))
print(struct.unpack_from("<i", data), struct.unpack_from("<i", data, 4), struct.unpack_from("<h", data, offset=14))
print(struct.unpack_from("<i", data, -4), struct.unpack_from("<2h", memoryview(data), 2))
print(struct.unpack_from("<b", bytearray(b"\xff")))
for off in (13, 16, -20, 100):
    try:
        struct.unpack_from("<i", data, off)
    except struct.error as e:
        print(off, e)
