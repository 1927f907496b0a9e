for b in (b"", b"a", b"abc", b"hello world", bytes(range(10))):
    print(repr(b), hash(b), hash(b) == hash(b.decode("latin-1")))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print({b"k": 1}[bytes([107])])
