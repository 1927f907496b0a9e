# Weak-reference callbacks: when they run, their order, their argument, and errors in them.
import _weakref


class C:
    def __init__(self, name):
        self.name = name


log = []
c = C("c")
refs = [_weakref.ref(c, lambda r, i=i: log.append(i)) for i in range(4)]
print(log)
del c
print("callbacks newest first:", log)
print(all(r() is None for r in refs))

log.clear()
d = C("d")
rd = _weakref.ref(d, lambda r: log.append(r is rd))
del d
print(log)

# A weak reference that dies first never calls its callback.
log.clear()
e = C("e")
re_ = _weakref.ref(e, lambda r: log.append("never"))
del re_
del e
print(log)

# The callback may inspect other weak references: all are already dead.
log.clear()
f = C("f")
rf1 = _weakref.ref(f)
rf2 = _weakref.ref(f, lambda r: log.append(rf1()))
del f
print(log)


class Raiser:
    def __call__(self, ref):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Raiser>"


g = C("g")
rg = _weakref.ref(g, Raiser())
del g
print("after failing callback", rg())


class WithDel:
    def __del__(self):
        print("__del__ runs; weakref alive:", rw() is not None)


w = WithDel()
rw = _weakref.ref(w, lambda r: print("callback after __del__"))
del w
print("done")
