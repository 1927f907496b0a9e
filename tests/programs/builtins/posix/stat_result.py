import posix
name = "_tmp_stat_result.txt"
fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b"twelve bytes"))
st = posix.fstat(fd)
posix.close(fd)
print(type(st).__name__, st.st_size, st[6], len(st), st.st_mode & 0o777 & ~0o022 == st.st_mode & 0o777)
s2 = posix.stat(name)
print(s2.st_size == st.st_size, s2.st_ino == st.st_ino, s2.st_mtime == st.st_mtime)
print(isinstance(s2.st_mtime, float), isinstance(s2[8], int), isinstance(s2.st_mtime_ns, int))
print(s2.st_mtime_ns // 10**9 == s2[8], int(s2.st_mtime) == s2[8])
print((s2.st_mode & 0o170000) == 0o100000, (posix.stat(".").st_mode & 0o170000) == 0o040000)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = s2
print(size, nlink, mode == s2.st_mode)
print(repr(s2).startswith("os.stat_result(st_mode="), "st_ctime=" in repr(s2))
l = posix.lstat(name)
print(l.st_size, l.st_ino == s2.st_ino)
try:
    posix.stat("_no_such_file_")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    posix.stat(3.5)
except TypeError as e:
    print(type(e).__name__, e)
posix.unlink(name)
