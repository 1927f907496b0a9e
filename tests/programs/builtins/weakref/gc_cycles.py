# The cycle collector clears weak references to garbage before finalizers run, and calls the
# callbacks of weak references that are not garbage themselves.
import _weakref
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


log = []
a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = _weakref.ref(a, lambda r: log.append("a died"))
rb = _weakref.ref(b, lambda r: log.append("b died"))
del a, b
print(ra() is not None, rb() is not None, log)
print(gc.collect())
print(ra(), rb(), sorted(log))

# A weak reference that is part of the garbage does not call its callback.
log.clear()
c = Node("c")
c.other = c
c.ref = _weakref.ref(c, lambda r: log.append("never"))
del c
gc.collect()
print(log)


class Fin:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("__del__ sees weakref cleared:", rf() is None)


f = Fin()
rf = _weakref.ref(f)
del f
gc.collect()
print(rf())

# Proxies to garbage die as well.
n = Node("n")
n.other = n
p = _weakref.proxy(n)
del n
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
