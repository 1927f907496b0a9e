# select.select, poll and epoll over a socket pair: readiness before and after a send,
# writability, unregistering, and the argument errors CPython reports.
import select
import socket

a, b = socket.socketpair()
print(select.select([a], [], [], 0))
print(select.select([a.fileno()], [b], [], 0) == ([], [b], []))
b.send(b"hello")
r, w, x = select.select([a, b], [a, b], [], 1.5)
print(r == [a], w == [a, b], x)
print(a.recv(10))

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(sorted(p.poll(0)) == [(b.fileno(), select.POLLOUT)])
b.send(b"x")
print(sorted(p.poll(100)) == sorted([(a.fileno(), select.POLLIN), (b.fileno(), select.POLLOUT)]))
p.modify(b, select.POLLIN)
print(p.poll(0) == [(a.fileno(), select.POLLIN)])
p.unregister(a)
print(p.poll(0))
print(a.recv(1))

ep = select.epoll()
print(ep.closed, isinstance(ep.fileno(), int))
ep.register(a.fileno(), select.EPOLLIN)
print(ep.poll(0))
b.send(b"yz")
print(ep.poll(1) == [(a.fileno(), select.EPOLLIN)])
ep.modify(a, select.EPOLLIN | select.EPOLLOUT)
print(ep.poll(0) == [(a.fileno(), select.EPOLLIN | select.EPOLLOUT)])
ep.unregister(a)
print(ep.poll(0.01, 4))
with ep:
    pass
print(ep.closed)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: select.select([], [], [], "a"))
attempt(lambda: select.select([], [], [], -1))
attempt(lambda: select.select(1, [], []))
attempt(lambda: select.select(["x"], [], [], 0))
attempt(lambda: select.select([-1], [], [], 0))
attempt(lambda: select.select([99999], [], [], 0))
attempt(lambda: select.select([], [], [], 0))
p = select.poll()
attempt(lambda: p.modify(a, 1))
attempt(lambda: p.unregister(a))
attempt(lambda: p.poll("a"))
attempt(lambda: p.register("a"))
attempt(lambda: ep.poll())
attempt(lambda: ep.fileno())
attempt(lambda: ep.register(a))
e2 = select.epoll()
attempt(lambda: e2.unregister(a))
attempt(lambda: e2.modify(a, 1))
attempt(lambda: e2.poll(0, 0))
e2.close()
print(select.error is OSError, type(select.poll()).__name__)
a.close()
b.close()
