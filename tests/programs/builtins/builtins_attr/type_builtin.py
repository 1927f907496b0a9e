print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0))
class A: pass
print(type(A()), type(A) is type)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
X = type("X", (A,), {"v": 1, "__module__": "mymod"})
print(X, X.v, X.__module__, X.__bases__)
