# Making instances of a class repeatedly, then changing what `C(...)` runs: `__init__` on the
# class or on a base, the function's code, a `__new__` added later, `__init__` deleted.


class Base:
    def __init__(self, a):
        self.a = a


class C(Base):
    pass


for i in range(3):
    c = C(i)
print(vars(c))


def init2(self, a):
    self.b = a * 10


Base.__init__ = init2
print(vars(C(1)))


def init3(self, a):
    self.c = a + 100


C.__init__ = init3
print(vars(C(2)))


def other(self, a):
    self.code = "replaced"


init3.__code__ = other.__code__
print(vars(C(3)))


def init_two(self, a, b):
    self.ab = (a, b)


init3.__code__ = init_two.__code__
print(vars(C(4, 5)))
try:
    C(4)
except TypeError as e:
    print("TypeError", e)


class D:
    def __init__(self, x):
        self.x = x


for i in range(3):
    d = D(i)


def new(cls, x):
    print("new", cls.__name__, x)
    return object.__new__(cls)


D.__new__ = new
print(vars(D(7)))
del D.__init__
try:
    D(9)
except TypeError as e:
    print("TypeError", e)


class E:
    def __init__(self):
        self.e = 1


for i in range(3):
    E()
E.__init__ = lambda self: setattr(self, "lam", 2)
print(vars(E()))
