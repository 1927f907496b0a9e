# xfail: not yet identical to CPython
import io
s = io.StringIO("abc\ndef\n")
print(s.read(2), s.readline(), s.tell(), s.readlines(), s.getvalue())
s.seek(0)
s.write("XY")
print(s.getvalue())
b = io.BytesIO(b"01234")
print(b.read(2), b.getvalue(), b.seek(0, 2), b.write(b"56"), b.getvalue(), b.getbuffer().nbytes)
t = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\r\nx"), encoding="utf-8")
print(repr(t.read()))
