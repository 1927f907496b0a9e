import _io
b = _io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.read1(2), b.seek(-2, 2), b.read(), b.read())
print(b.seek(2), b.write(b"ab"), b.getvalue(), b.tell())
print(b.seek(15), b.write(b"Z"), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b = _io.BytesIO(b"l1\nl2\nl3")
print(b.readline(), b.readline(1), b.readlines(), list(_io.BytesIO(b"x\ny\n")))
b = _io.BytesIO()
print(b.write(bytearray(b"ba")), b.writable(), b.readable(), b.seekable(), b.getvalue())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
for bad in (lambda: b.write("str"), lambda: b.seek(-1), lambda: b.seek(0, 5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
with _io.BytesIO(b"abc") as c:
    print(c.read(), c.closed)
print(c.closed)
t = _io.TextIOWrapper(_io.BytesIO(b"caf\xc3\xa9\r\nline2\n"), encoding="utf-8")
print(repr(t.readline()), repr(t.read()), t.encoding)
raw = _io.BytesIO()
t = _io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
t.write("a\nb")
t.flush()
print(raw.getvalue())
