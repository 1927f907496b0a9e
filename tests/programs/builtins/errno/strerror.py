import errno, os
for code in (errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EPIPE):
    print(code, os.strerror(code))
e = OSError(errno.ENOENT, os.strerror(errno.ENOENT), "file.txt")
print(e, e.filename, e.args)
e2 = OSError(errno.EXDEV, "cross", "a", None, "b")
print(e2, e2.filename2)
print(OSError("just msg"), OSError("a", "b", "c", "d", "e", "f").args)
