import struct
it = struct.iter_unpack("<hh", bytes(range(8)))
print(list(it))
print(list(struct.iter_unpack("B", b"abc")), list(struct.iter_unpack("<i", b"")))
for f, d in (("i", b"12345"), ("", b"")):
    try:
        struct.iter_unpack(f, d)
    except struct.error as e:
        print(type(e).__name__, e)
s = struct.Struct("<bb")
print([x for x in s.iter_unpack(b"\x01\x02\x03\x04")])
