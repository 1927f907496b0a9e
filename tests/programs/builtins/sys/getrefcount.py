import sys
class T: pass
o = T()
print(sys.getrefcount(o))
a = o
print(sys.getrefcount(o))
lst = [o, o, o]
print(sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
d = {"k": o}
print(sys.getrefcount(o))
d.clear()
del a
print(sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print(f(o))
print(sys.getrefcount(T()))
