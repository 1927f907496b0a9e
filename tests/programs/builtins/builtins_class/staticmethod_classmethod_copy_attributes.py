# staticmethod and classmethod take exactly one positional argument and no keywords (in
# __init__, so a subclass may take more), and copy the callable's __module__, __name__,
# __qualname__, __doc__ and __annotations__ (those it has) into their own __dict__.
import abc
for T in (staticmethod, classmethod):
    for args in ((), (1, 2)):
        try:
            T(*args)
        except TypeError as e:
            print(e)
    def f(x): "doc of f"
    f.extra = 1
    s = T(f)
    print(s.__wrapped__ is f, s.__doc__, s.__name__, s.__qualname__, s.__module__, sorted(s.__dict__))
    s2 = T(42)
    print(s2.__dict__)
    class Sub(T):
        def __init__(self, f, **kw):
            super().__init__(f)
            self.kw = kw
    s3 = Sub(f, a=1)
    print(s3.kw, s3.__name__)
    try:
        T(f, x=1)
    except TypeError as e:
        print(e)
    print(T(abc.abstractmethod(f)).__isabstractmethod__)
sm = staticmethod(len)
print(sm.__dict__)
def g(): "doc"
print(staticmethod(g).__dict__, classmethod(g).__doc__)
s = staticmethod(g)
s.__doc__ = "changed"
print(s.__doc__, s.__dict__["__doc__"], g.__doc__)
print(staticmethod(None).__dict__)
class C:
    def __new__(cls):
        "the new"
        return super().__new__(cls)
    @classmethod
    def make(cls):
        "make one"
        return cls()
print(C.__dict__["make"].__doc__, C.__dict__["make"].__name__, C.__dict__["make"].__qualname__)
print(sorted(C.__dict__["__new__"].__dict__))
