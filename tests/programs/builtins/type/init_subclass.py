class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry)
try:
    class C(Base, bad=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Obj:
    pass
try:
    class D(Obj, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
