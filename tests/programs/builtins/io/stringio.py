import _io
s = _io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(3)
s.write("LO")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s = _io.StringIO("a\nb\r\nc\rd")
print(s.readlines())
s = _io.StringIO("a\nb\r\nc\rd", newline=None)
print(s.readlines(), s.newlines)
s = _io.StringIO("a\nb\r\nc\rd", newline="")
print(s.readlines())
s = _io.StringIO(newline="\r\n")
s.write("x\ny")
print(repr(s.getvalue()))
s = _io.StringIO("one\ntwo\n")
print(list(s), s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
with _io.StringIO("ctx") as t:
    print(t.read())
print(t.closed)
for call in (t.getvalue, t.read, lambda: t.write("x"), t.tell):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
s = _io.StringIO()
for bad in (lambda: s.write(b"x"), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: _io.StringIO(5)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s = _io.StringIO()
print("via print", 1, 2, sep="-", file=s)
s.writelines(["a", "b\n"])
print(repr(s.getvalue()))
