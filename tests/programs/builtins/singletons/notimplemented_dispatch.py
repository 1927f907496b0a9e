class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "radd result"
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
a = A()
print(a == B())
print(a == a)
print(a != 1)
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ first"
print(1 + Sub(2))
