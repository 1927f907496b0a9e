import weakref, gc

class Obj:
    def __init__(self, n):
        self.n = n

o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n)
del o
print(r())
d = weakref.WeakValueDictionary()
k = Obj(2)
d["k"] = k
print(list(d))
del k
gc.collect()
print(list(d))
fin = []
x = Obj(3)
weakref.finalize(x, fin.append, "finalized")
del x
print(fin)
