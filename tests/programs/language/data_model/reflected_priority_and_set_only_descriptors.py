# A subclass's reflected method goes before the left operand's method only when the subclass
# overrides it; one that merely inherits it leaves the left operand's method first.
class C:
    def __floordiv__(self, other):
        return "C.__floordiv__"
    def __rfloordiv__(self, other):
        return "C.__rfloordiv__"
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "C.__radd__"

class D(C):
    def __floordiv__(self, other):
        return "D.__floordiv__"
    def __rfloordiv__(self, other):
        return "D.__rfloordiv__"

class E(C):
    pass

print(C() // 1, 1 // C())
print(D() // C(), C() // D())
print(E.__rfloordiv__ is C.__rfloordiv__)
print(E() // 1, 1 // E(), E() // C(), C() // E())
print(C() + E(), E() + C())

class I(int):
    def __radd__(self, other):
        return "I.__radd__"
class J(int):
    pass
print(1 + I(2), I(2) + 1, 1 + J(2), type(1 + J(2)).__name__)

# A descriptor with __set__ and no __get__: reads go to the instance dict first.
class SetOnly:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class X:
    a = SetOnly("a")

x = X()
print(type(x.a).__name__)
x.a = 42
print(x.a, x.__dict__)

class Meta(type):
    b = SetOnly("b")
class Y(metaclass=Meta):
    b = "class attribute"
print(Y.b)
