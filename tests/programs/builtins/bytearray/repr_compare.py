ba = bytearray(b"x'\"\x00\xff")
print(repr(ba), str(ba), repr(bytearray()), repr(bytearray(3)))
print(bytearray(b"a") == b"a", bytearray(b"a") < b"b", bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") == "a")
print(bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), bytearray(b"ab") * 2, type(b"c" + bytearray(b"ab")).__name__)
class BA(bytearray):
    pass
print(repr(BA(b"sub")), BA(b"sub") == b"sub")
