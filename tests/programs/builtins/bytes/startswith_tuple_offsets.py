b = b"hello world"
print(b.startswith((b"x", b"he")), b.endswith(b"world", 0, 11), b.endswith(b"wor", 0, 9), b.startswith(b"wo", -5), b.startswith(b"", 20))
print(b.find(b"o", 5), b.rfind(b"o", 0, 5), b.index(b"w", -5), b.count(b"o", 0, 5))
try:
    b.startswith([b"he"])
except TypeError as e:
    print(type(e).__name__, e)
print(b.startswith(bytearray(b"he")), b.endswith(memoryview(b"ld")))
