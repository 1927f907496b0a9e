class A:
    def __bool__(self):
        print("A.__bool__")
        return True
if A():
    print("truthy")
print(not A())
x = A() and "then"
print(x)
while not A():
    pass
print([1 for _ in range(1) if A()])
class N:
    __bool__ = None
try:
    bool(N())
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __len__(self):
        print("len")
        return 0
print(bool(L()))
