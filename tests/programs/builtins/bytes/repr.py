print(repr(b""), repr(b"abc"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\x7f\x80\xff"), repr(b"\n\r\t\\"))
print(repr(bytes(range(32))))
print(repr(bytes(range(120, 135))))
print(str(b"x"), ascii(b"q"), f"{b'fs'}", "%s" % b"pct", format(b"fmt"))
