import posix
d = "_tmp_posix_dirs"
posix.mkdir(d)
try:
    posix.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
for n in ("b.txt", "a.txt"):
    fd = posix.open(d + "/" + n, posix.O_WRONLY | posix.O_CREAT)
    posix.close(fd)
posix.mkdir(d + "/sub")
print(sorted(posix.listdir(d)))
print(sorted(posix.listdir(d.encode())))
entries = sorted(posix.scandir(d), key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size, repr(e))
with posix.scandir(d) as it:
    print(sorted(e.name for e in it))
posix.rename(d + "/a.txt", d + "/c.txt")
posix.replace(d + "/b.txt", d + "/c.txt")
print(sorted(posix.listdir(d)))
try:
    posix.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    posix.rename(d + "/nope", d + "/x")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    posix.listdir(d + "/c.txt")
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    posix.unlink(d + "/sub")
except IsADirectoryError as e:
    print(type(e).__name__, e)
posix.remove(d + "/c.txt")
posix.rmdir(d + "/sub")
posix.rmdir(d)
print(d in posix.listdir())
