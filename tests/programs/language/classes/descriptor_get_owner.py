class Described:
    def __get__(self, obj, owner):
        return ("instance" if obj is not None else "class", owner.__name__)

class A:
    x = Described()
class B(A):
    pass

print(A.x, A().x, B.x, B().x)
