class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
a = A()
print(vars(a), "cls_attr" in vars(A), type(vars(A)).__name__)
import math
print(vars(math)["pi"], vars(math) is math.__dict__)
for bad in (1, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    q = 1
    return vars()
print(f())
class S:
    __slots__ = ("x",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
