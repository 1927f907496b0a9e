import errno
for name in ("EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ERANGE", "EDOM", "ETIMEDOUT", "ECONNREFUSED"):
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])
