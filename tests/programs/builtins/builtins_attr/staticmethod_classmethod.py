class C:
    @staticmethod
    def s(x): return ("static", x)
    @classmethod
    def c(cls, x): return ("class", cls.__name__, x)
class D(C): pass
print(C.s(1), C().s(2), C.c(3), D.c(4), D().c(5))
print(type(C.__dict__["s"]).__name__, type(C.__dict__["c"]).__name__, C.__dict__["s"].__func__.__name__)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
cm = classmethod(lambda cls: cls)
print(cm.__func__ is not None)
print(C.s.__name__, C.c.__name__, C.c.__self__ is C)
