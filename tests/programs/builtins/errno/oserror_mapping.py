import errno
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EINTR, 9999):
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
