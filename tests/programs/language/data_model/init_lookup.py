# Calling a class runs its __init__ as CPython's slot_tp_init does: functions get the
# instance first; other attributes are bound through __get__ when they have one, and called
# as they are when they do not.
class C:
    pass


C.__init__ = print
print(type(C(1, 2)).__name__)


class S:
    @staticmethod
    def __init__(*a):
        print("static", a)


S(5)


class M:
    @classmethod
    def __init__(cls, *a, **k):
        print("class", cls.__name__, a, k)


M(6, key=1)


class L:
    __init__ = len


try:
    L()
except TypeError as e:
    print(e)


class Callable:
    def __call__(self, *a):
        print("callable object", a)
        return None


class W:
    __init__ = Callable()


W(7, 8)


class Desc:
    def __get__(self, obj, typ):
        print("get", type(obj).__name__, typ.__name__)
        return lambda *a: print("bound", a)


class D:
    __init__ = Desc()


D(9)


class Bad:
    __init__ = lambda self: 42


Bad()
