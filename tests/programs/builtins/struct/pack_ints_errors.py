import struct
for f in ("b", "B", "h", "<H", ">i", "I", "<l", "L", "q", "<Q", "n", "N"):
    size = struct.calcsize(f)
    for v in (2 ** (8 * size), -(2 ** (8 * size)) - 1):
        try:
            struct.pack(f, v)
        except struct.error as e:
            print(f, v, type(e).__name__, e)
for v in ("1", 1.5, None, [1]):
    try:
        struct.pack("i", v)
    except struct.error as e:
        print(repr(v), e)
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<?", []), struct.pack("<?", [0]))
