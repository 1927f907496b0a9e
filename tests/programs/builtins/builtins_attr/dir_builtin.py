class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
print([n for n in dir(B) if not n.startswith("_")], [n for n in dir(B()) if not n.startswith("_")])
class CustomDir:
    def __dir__(self): return ["z", "a", "m"]
print(dir(CustomDir()))
import math
print([n for n in dir(math) if n.startswith("f")])
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
print([n for n in dir(5) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
