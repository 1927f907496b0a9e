print(b"\x41\102", rb"\x41", br"\n", b"a" b"b", len(b"\0"), b"\\N")
print(bytes.__mod__(b"%d", 3), b"%s" % (b"x",))
print(type(b"").__name__, bytes.__name__, bytes.__mro__)
