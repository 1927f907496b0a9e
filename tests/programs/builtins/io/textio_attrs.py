import _io, posix
name = "_tmp_textio_attrs.txt"
f = _io.open(name, "w")
print(type(f).__name__, f.encoding, f.errors, f.line_buffering, f.mode, f.name == name)
print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
print(f.readable(), f.writable(), f.seekable(), f.closed, f.newlines)
print(repr(f) == "<_io.TextIOWrapper name='%s' mode='w' encoding='UTF-8'>" % name)
f.close()
print(f.closed, f.buffer.closed)
for call in (lambda: f.write("x"), f.read, f.readline, f.tell, lambda: f.seek(0), f.flush):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
f = _io.open(name, "w", encoding="latin-1", errors="replace", newline="\r\n")
print(f.encoding, f.errors, f.write("é€\n"))
f.close()
with _io.open(name, "rb") as g:
    print(g.read())
f = _io.open(name)
try:
    f.write("x")
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    f.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
f.close()
with _io.open(name, "a") as f:
    f.write("tail")
with _io.open(name, newline="", encoding="latin-1") as f:
    print(repr(f.read()))
posix.unlink(name)
