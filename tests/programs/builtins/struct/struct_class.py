import struct
s = struct.Struct("<ihb")
print(s.format, s.size, s.pack(1, -2, 3), s.unpack(b"\x01\x00\x00\x00\xfe\xff\x03"))
print(s.unpack_from(b"\x00" + s.pack(5, 6, 7), 1), repr(s))
buf = bytearray(8)
s.pack_into(buf, 1, 9, 8, 7)
print(buf)
b = struct.Struct(b">H")
print(b.format, b.size, b.pack(0x1234), type(b).__name__, isinstance(s, struct.Struct))
try:
    struct.Struct(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    struct.Struct("z")
except struct.error as e:
    print(type(e).__name__, e)
try:
    s.pack(1)
except struct.error as e:
    print(e)
try:
    s.unpack(b"1")
except struct.error as e:
    print(e)
