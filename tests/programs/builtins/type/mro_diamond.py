class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C))
try:
    class E(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class V(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
