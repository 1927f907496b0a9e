# Callbacks that add and drop weak references while others die, cycles of objects referring
# weakly to each other, many subclass references to one object, and failing callbacks in gc.
import _weakref, gc
class C:
    pass
log = []
# callbacks that delete other weakrefs and create new ones
objs = [C() for _ in range(50)]
anchor = C()
refs = {}
def cb(r):
    log.append(len(refs))
    for k in list(refs)[:3]:
        refs.pop(k, None)
    refs[("new", len(log))] = _weakref.ref(anchor, cb)
for i, o in enumerate(objs):
    for j in range(3):
        refs[(i, j)] = _weakref.ref(o, cb)
del o
while objs:
    objs.pop(len(objs) // 2)
print(len(log), sum(log) > 0)
# cycles of objects with weakrefs to each other, and callbacks touching them
for n in range(200):
    a, b = C(), C()
    a.b, b.a = b, a
    a.r = _weakref.ref(b, lambda r, a=a: log.append(a))
    b.r = _weakref.ref(a)
    a.p = _weakref.proxy(b)
del a, b
print(gc.collect() > 0)
# weakref to a weakref subclass referent chains
class R(_weakref.ref):
    pass
holder = C()
chain = [R(holder) for _ in range(100)]
print(len(_weakref.getweakrefs(holder)))
del chain[::2]
print(len(_weakref.getweakrefs(holder)))
del holder
print(all(r() is None for r in chain))
# callback raising during gc
class Bad:
    def __call__(self, r): raise KeyError("x")
    def __repr__(self): return "<Bad>"
for n in range(3):
    a = C(); a.a = a
    keep = _weakref.ref(a, Bad())
    del a
    gc.collect()
print("end")
