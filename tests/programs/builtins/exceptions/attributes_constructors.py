import sys
def inner():
    raise OSError(2, "No such file", "a.txt")
try:
    inner()
except FileNotFoundError as e:
    print(repr(e), e.args, e.errno, e.filename)
print(repr(OSError(13, "denied")), type(OSError(13, "denied")).__name__)
print(str(OSError("just")), OSError(1, 2, 3, 4, 5).filename2, str(OSError(1, "e", "a", None, "b")))
print(repr(StopIteration(1, 2).value), SystemExit(1, 2).code, SystemExit().code)
print(str(KeyError("a")), str(KeyError()), str(KeyError(1, 2)))
i = ImportError("msg", name="n", path="p")
print(i.msg, i.name, i.path, str(i), repr(i))
try:
    ImportError(foo=1)
except TypeError as e:
    print(e)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(u), u.encoding, u.object, u.start, u.end, u.reason)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(u))
print(str(UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "x")))
print(str(UnicodeTranslateError("\xe9", 0, 1, "t")))
s = SyntaxError("m", ("f.py", 1, 2, "t", 1, 3))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError("m")), repr(SyntaxError()), SyntaxError().msg)
print(ValueError(1).__reduce__(), NameError("x", name="y").name)
e = ValueError(1); e.foo = 2
print(e.__reduce__())
print(AttributeError("a", name="n", obj=3).obj)
print(BlockingIOError(11, "x", 5).characters_written)
print(IOError is OSError, EnvironmentError)
raise SystemExit("bye")
