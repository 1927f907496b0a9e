import _io, posix
name = "_tmp_buffered.bin"
with _io.open(name, "wb") as f:
    print(type(f).__name__, repr(f) == "<_io.BufferedWriter name='%s'>" % name)
    print(f.write(b"line one\nline two\nthree"), f.tell())
    print(f.raw.tell())
    f.flush()
    print(f.raw.tell(), f.closed, f.mode, f.name)
print(f.closed, f.raw.closed)
with _io.open(name, "rb") as f:
    print(type(f).__name__, f.peek(4)[:4], f.read1(3), f.readline(), f.tell())
    print(f.readlines())
    f.seek(5)
    print(f.read(3), f.seek(2, 1), f.read(), f.read(2))
with _io.open(name, "rb") as f:
    print(list(f))
with _io.open(name, "r+b") as f:
    print(type(f).__name__, f.read(4), f.write(b"_"), f.tell())
    f.seek(0)
    print(f.read())
with _io.open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4))
with _io.open(name, "ab") as f:
    print(f.tell(), f.write(b"+"), f.tell())
with _io.open(name, "rb") as f:
    print(f.read()[-3:])
f = _io.open(name, "rb")
f.close()
for call in (f.read, f.readline, lambda: f.seek(0)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
w = _io.open(name, "wb")
try:
    w.read()
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e)
w.close()
posix.unlink(name)
