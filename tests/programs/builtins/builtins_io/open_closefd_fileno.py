import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "fd.txt")
with open(p, "w") as f:
    print(isinstance(f.fileno(), int), f.fileno() > 2, f.isatty(), f.seekable())
    f.write("data")
fd = os.open(p, os.O_RDONLY)
with open(fd, closefd=True) as f:
    print(f.read(), f.name == fd)
try:
    os.fstat(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
with open(p, "rb") as f:
    print(f.raw.name == p, f.peek(1)[:1], f.read1(2))
os.remove(p)
os.rmdir(d)
