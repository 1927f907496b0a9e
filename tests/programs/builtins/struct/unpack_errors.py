import struct
for f, data in (("i", b""), ("i", b"12345"), ("<h", b"1"), ("2i", b"1234"), ("", b"x")):
    try:
        struct.unpack(f, data)
    except struct.error as e:
        print(f, data, type(e).__name__, e)
try:
    struct.unpack("i", "abcd")
except TypeError as e:
    print(type(e).__name__, e)
try:
    struct.pack("i")
except struct.error as e:
    print(e)
try:
    struct.pack("i", 1, 2)
except struct.error as e:
    print(e)
try:
    struct.pack("3s2i", b"x", 1)
except struct.error as e:
    print(e)
print(struct.unpack("", b""), struct.pack(""))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
