import _io, posix
name = "_tmp_fileio_errors.bin"
for mode in ("rw", "rr", "b", "+", "r++", "q", "wx"):
    try:
        _io.FileIO(name, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
try:
    _io.FileIO("_no_such_file_here")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    _io.FileIO(-3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    _io.FileIO(name, "w", closefd=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    _io.FileIO(".")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)
f = _io.FileIO(name, "w")
try:
    f.read()
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
for call in (lambda: f.read(), lambda: f.write(b"x"), lambda: f.fileno(), lambda: f.tell()):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
f = _io.FileIO(name, "r")
try:
    f.write(b"x")
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e)
f.close()
try:
    _io.FileIO(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
posix.unlink(name)
