import posix
name = "_tmp_posix_fds.bin"
fd = posix.open(name, posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC)
print(posix.write(fd, b"abcdef"), posix.lseek(fd, 0, 1))
print(posix.lseek(fd, 1, 0), posix.read(fd, 3), posix.read(fd, 100), posix.read(fd, 1))
print(posix.lseek(fd, -2, 2), posix.read(fd, 5))
fd2 = posix.dup(fd)
print(fd2 != fd, posix.lseek(fd2, 0, 1))
posix.close(fd2)
posix.ftruncate(fd, 2)
posix.lseek(fd, 0, 0)
print(posix.read(fd, 10), posix.isatty(fd))
posix.close(fd)
for call in (lambda: posix.close(fd), lambda: posix.read(fd, 1), lambda: posix.write(fd, b"x"), lambda: posix.fstat(fd)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
r, w = posix.pipe()
print(posix.write(w, b"through the pipe"))
posix.close(w)
print(posix.read(r, 100), posix.read(r, 100))
posix.close(r)
try:
    posix.open("_no_such_dir_/f", posix.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e)
fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL) if False else None
try:
    posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    posix.write(1, "str")
except TypeError as e:
    print(type(e).__name__, e)
posix.unlink(name)
