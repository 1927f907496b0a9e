# Assigning __bases__ keeps the instances' layout: bases of another built-in layout or with
# other slots are refused; compatible ones change __base__ and the MRO.
class L(list): pass
class D(dict): pass
for cls, bases in ((L, (dict,)), (L, (D,)), (D, (list,)), (L, (object,))):
    try:
        cls.__bases__ = bases
        print("set", cls.__name__, [b.__name__ for b in cls.__bases__])
    except TypeError as e:
        print("TypeError", e)
class A: pass
class B: pass
class S:
    __slots__ = ("a",)
class X(A): pass
X.__bases__ = (B,)
print(X.__base__.__name__, [c.__name__ for c in X.__mro__])
try:
    X.__bases__ = (S,)
except TypeError as e:
    print("TypeError", e)
class Y(S): pass
try:
    Y.__bases__ = (A,)
except TypeError as e:
    print("TypeError", e)
class L2(list): pass
try:
    L.__bases__ = (L2,)
except TypeError as e:
    print("TypeError", e)
print(L.__base__.__name__, [c.__name__ for c in L.__mro__], L([1, 2]))
