# An unbound super (super(C)) stored on a class binds to the instance it is read through, via
# super.__get__; super(C, obj) accepts an object whose __class__ claims a subclass (a proxy).
class A(object):
    def meth(self, a):
        return "A(%r)" % a
class B(A):
    def __init__(self):
        self.__super = super(B, self)
    def meth(self, a):
        return "B(%r)" % a + self.__super.meth(a)
print(B().meth(2))
class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3))
class D(C, B):
    def meth(self, a):
        return "D(%r)" % a + super(D, self).meth(a)
print(D().meth(4))
s = super(C)
print(s.__get__(None, C) is s, type(s.__get__(C(), C)).__name__, s.__get__(C(), C).__self_class__.__name__)
bound = super(C, C())
print(bound.__get__(A()) is bound)

class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class P1(object):
    def f(self):
        return "P1.f"
class P2(P1):
    def f(self):
        return super(P2, self).f() + "->P2.f"
p = Proxy(P2())
print(P2.__dict__["f"](p))
try:
    super(P2, object())
except TypeError as e:
    print(e)
