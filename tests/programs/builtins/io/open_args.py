import _io, posix
name = "_tmp_open_args.txt"
with open(name, "w") as f:
    f.write("x")
print(open is _io.open)
for mode in ("rw", "x+b+", "z", "rt b", "tb", "U", "rU", "b", "t", "+", ""):
    try:
        open(name, mode).close()
        print(repr(mode), "ok")
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
for kw in ({"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "errors": "strict"},
           {"mode": "rb", "newline": ""}, {"buffering": 0}, {"closefd": False},
           {"newline": "\t"}, {"mode": 5}, {"encoding": 5}, {"buffering": "1"}):
    try:
        open(name, **kw).close()
        print(kw, "ok")
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
for bad in (1.5, None, [1]):
    try:
        open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    open("_missing_dir_/x.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e)
fd = posix.open(name, posix.O_RDONLY)
f = open(fd, closefd=False)
print(f.name == fd, f.read())
f.close()
print(posix.read(fd, 10), posix.lseek(fd, 0, 0), posix.read(fd, 10))
posix.close(fd)
with open(name, "w", buffering=1) as f:
    print(f.line_buffering)
posix.unlink(name)
