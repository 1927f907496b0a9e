class C:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v property"
        return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleting")
c = C()
c.v = 5
print(c.v, C.v.__doc__, type(C.v).__name__)
del c.v
class RO:
    @property
    def x(self): return 1
try:
    RO().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del RO().x
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1, doc="docstr")
print(p.__doc__, p.fget is not None, p.fset, p.fdel)
