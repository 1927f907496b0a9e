import _io, posix
name = "_tmp_textio_newlines.txt"
data = b"one\r\ntwo\rthree\nfour\r\n\r\nlast"
with _io.open(name, "wb") as f:
    f.write(data)
for nl in (None, "", "\n", "\r", "\r\n"):
    with _io.open(name, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with _io.open(name, newline=nl) as f:
        print(repr(nl), repr(f.read(6)), repr(f.readline()), repr(f.read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with _io.open(name, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with _io.open(name, "rb") as f:
        print("write", repr(nl), f.read())
for bad in ("x", "\n\n", 5):
    try:
        _io.open(name, newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
posix.unlink(name)
