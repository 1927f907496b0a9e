import weakref, gc
class C: pass
c = C()
r = weakref.ref(c)
print(r() is c, weakref.getweakrefcount(c))
del c
print(r())
called = []
d = C()
r2 = weakref.ref(d, lambda ref: called.append("cb"))
del d
print(called, r2())
try:
    weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
wd = weakref.WeakValueDictionary()
e = C()
wd["k"] = e
print(len(wd))
del e
gc.collect()
print(len(wd))
p = C()
p.v = 5
px = weakref.proxy(p)
print(px.v)
del p
try:
    px.v
except ReferenceError as e:
    print(type(e).__name__, e)
