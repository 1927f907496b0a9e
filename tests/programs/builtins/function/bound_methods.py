class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
c = C(5)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__, m.__qualname__)
print(c.get == c.get, c.get is c.get, C(5).get == c.get)
print(C.get(c), type(m).__name__, type(C.get).__name__)
import types
bound = types.MethodType(lambda self: self.v * 2, c)
print(bound())
print([].append.__self__, "abc".upper.__name__, (1).__add__.__self__)
