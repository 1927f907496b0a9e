import errno
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), len(errno.errorcode))
print(sorted(names)[:8])
print(errno.ENOTSUP == errno.EOPNOTSUPP, errno.errorcode[errno.EOPNOTSUPP], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(max(errno.errorcode), errno.ERFKILL, errno.ENOTRECOVERABLE)
for code in (errno.EBADF, errno.ECONNRESET, errno.ECONNABORTED, errno.EALREADY, errno.EINPROGRESS, errno.ESHUTDOWN):
    print(code, type(OSError(code, "m")).__name__)
