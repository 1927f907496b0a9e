class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A radd"

class B:
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B radd"

print(A() + B())
print(B() + A())
print(1 + A())
try:
    B() + 1
except TypeError as e:
    print(e)
