import _io
print([c.__name__ for c in _io.FileIO.__mro__])
print([c.__name__ for c in _io.BufferedReader.__mro__])
print([c.__name__ for c in _io.TextIOWrapper.__mro__])
print([c.__name__ for c in _io.StringIO.__mro__])
print([c.__name__ for c in _io.BytesIO.__mro__])
print([c.__name__ for c in _io.UnsupportedOperation.__mro__])
print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
print(_io.text_encoding(None), _io.text_encoding("latin-1"))

class Upper(_io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("shout", file=u)
print(repr(u.getvalue()))

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

r = Raw(b"abc\ndef\n")
print(r.read(2), r.readline(), r.readall())
br = _io.BufferedReader(Raw(b"one\ntwo\n"))
print(br.readline(), br.read())
t = _io.TextIOWrapper(_io.BufferedReader(Raw(b"x\ny\n")), encoding="ascii")
print(t.readlines())
base = _io._IOBase()
for name in ("fileno", "seek", "truncate"):
    try:
        getattr(base, name)()
    except _io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
    except TypeError as e:
        print(name, type(e).__name__)
print(base.readable(), base.writable(), base.seekable(), base.closed)
base.close()
print(base.closed)
try:
    with base:
        pass
except ValueError as e:
    print(type(e).__name__, e)
