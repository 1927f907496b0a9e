import _io, posix
name = "_tmp_fileio_basic.bin"
f = _io.FileIO(name, "w")
print(type(f).__name__, f.mode, f.closefd, f.name, f.readable(), f.writable(), f.seekable())
print(f.write(b"hello world"), f.tell())
f.close()
print(f.closed, repr(f))
f = _io.FileIO(name)
print(f.mode, f.read(5), f.read(), f.read(), f.tell())
print(f.seek(6), f.read(3), f.seek(-2, 2), f.readall())
b = bytearray(4)
f.seek(0)
print(f.readinto(b), b)
f.close()
with _io.FileIO(name, "r+") as f:
    print(f.mode, f.write(b"J"), f.seek(0), f.read())
    f.truncate(4)
    f.seek(0)
    print(f.read())
with _io.FileIO(name, "a") as f:
    print(f.mode, f.tell(), f.write(b"!"))
with _io.FileIO(name, "rb") as f:
    print(f.read())
posix.unlink(name)
