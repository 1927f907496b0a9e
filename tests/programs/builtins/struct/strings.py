import struct
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("s", b"xyz"), struct.pack("0s", b"q"))
print(struct.unpack("3s", b"abc"), struct.unpack("<2s2s", b"abcd"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abzz"), struct.unpack("3p", b"\x09abc"[:3]))
print(struct.pack("c", b"a"), struct.unpack("3c", b"xyz"), struct.pack("2c", b"q", b"r"))
try:
    struct.pack("c", bytearray(b"r"))
except struct.error as e:
    print(e)
print(struct.pack("4s", bytearray(b"ba")))
for f, v in (("s", "str"), ("c", b"ab"), ("c", "a"), ("p", 5), ("c", 1)):
    try:
        struct.pack(f, v)
    except struct.error as e:
        print(f, repr(v), e)
