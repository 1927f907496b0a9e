# os.read, os.write and os.close on socket descriptors, and EBADF for closed or unknown ones.
import os, socket
a, b = socket.socketpair()
print(os.write(a.fileno(), b"raw bytes"))
print(os.read(b.fileno(), 100))
fd = b.detach()
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.read(999, 1)
except OSError as e:
    print(type(e).__name__, e)
a.close()
