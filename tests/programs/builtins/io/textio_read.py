import _io, posix
name = "_tmp_textio_read.txt"
with _io.open(name, "w", encoding="utf-8") as f:
    print(f.write("alpha\nbeta\ngamma\n\ndelta"))
with _io.open(name, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()), f.tell())
    print(repr(f.read(3)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with _io.open(name, encoding="utf-8") as f:
    print(f.readlines())
with _io.open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with _io.open(name, encoding="utf-8") as f:
    first = f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(first), f.read() == rest, f.seek(0), repr(f.read(5)))
    print(f.seek(0, 2), repr(f.read()))
    try:
        f.seek(3, 1)
    except _io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except _io.UnsupportedOperation as e:
        print(type(e).__name__, e)
posix.unlink(name)
