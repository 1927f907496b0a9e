class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
a = A(1, 2)
print(type(a).__name__)
class B:
    def __new__(cls):
        return 42
b = B()
print(b)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    pass
try:
    C(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__new__(C)).__name__)
class D:
    def __init__(self):
        return 5
try:
    D()
except TypeError as e:
    print(type(e).__name__, e)
