# The pure-Python weakref module on top of _weakref: WeakValueDictionary, WeakKeyDictionary,
# WeakSet, WeakMethod and finalize.
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n


a, b = C(1), C(2)
wv = weakref.WeakValueDictionary(x=a, y=b)
wk = weakref.WeakKeyDictionary({a: "a", b: "b"})
ws = weakref.WeakSet([a, b])
print(sorted(wv), len(wk), len(ws), a in ws)
del a
gc.collect()
print(sorted(wv), len(wk), len(ws))
wm = weakref.WeakMethod(b.m)
print(wm()(), wm() == b.m)
log = []
fin = weakref.finalize(b, log.append, "finalized")
print(fin.alive, log)
del b
print(fin.alive, log, wm(), len(wv), len(wk), len(ws))
