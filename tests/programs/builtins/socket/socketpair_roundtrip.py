# socket.socketpair: a round trip, blocking modes and timeouts, closed sockets, and the
# module's helpers.
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.getsockname() == "", a.timeout, a.getblocking())
print(repr(a).startswith("<socket.socket fd="), repr(a).endswith("family=1, type=1, proto=0>"))
print(a.send(b"ping"), b.recv(100))
b.sendall(memoryview(b"pong" * 3))
buf = bytearray(8)
print(a.recv_into(buf), buf)
print(a.recv(100))

a.setblocking(False)
print(a.timeout, a.getblocking(), a.gettimeout())
try:
    a.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
a.settimeout(0.02)
print(a.timeout, a.getblocking())
try:
    a.recv(1)
except TimeoutError as e:
    print(type(e).__name__, e, e is not None and socket.timeout is TimeoutError)
a.settimeout(None)
print(a.timeout, a.getblocking())


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: a.settimeout(-1))
attempt(lambda: a.send("x"))
attempt(lambda: a.recv(-1))
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
with a:
    pass
print(a.fileno(), a._closed)
attempt(lambda: a.recv(1))
print(repr(a))
print(b.detach() >= 0, b.fileno())

c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
c.send(b"one")
c.send(b"two")
print(d.recv(10), d.recv(10), d.type)
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), c.get_inheritable())
c.close()
d.close()

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET, "10.0.0.255"), socket.inet_ntop(socket.AF_INET, b"\n\0\0\1"))
print(socket.getdefaulttimeout())
print(socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.timeout, socket.error, socket.herror.__mro__[1], socket.gaierror.__mro__[1])
s = socket.socket()
attempt(lambda: s.connect("x"))
attempt(lambda: s.connect(("x",)))
attempt(lambda: s.connect(("1.2.3.4", 70000)))
u = socket.socket(socket.AF_UNIX)
attempt(lambda: u.bind(1))
s.close()
u.close()
