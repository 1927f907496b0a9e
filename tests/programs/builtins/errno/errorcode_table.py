import errno
print(type(errno.errorcode).__name__, len(errno.errorcode) > 100)
print(sorted(errno.errorcode)[:10])
print([errno.errorcode[i] for i in range(1, 21)])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK)
