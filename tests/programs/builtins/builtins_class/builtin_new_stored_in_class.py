# A class statement that stores a built-in type's __new__ keeps the __new__ it inherits from
# its nearest built-in base (CPython: typeobject.c update_one_slot, tp_new case).
class C(object):
    __new__ = list.__new__
print(type(C()).__name__)
class C2(list):
    __new__ = object.__new__
c = C2([1]); c.append(3); print(type(c).__name__, c)
class D(C2): pass
print(D((5,)))
class E(dict):
    __new__ = dict.__new__
print(type(E()).__name__, E(a=1))
class F(int): pass
print(F(5) + 1, type(F(5)).__name__)
class G(Exception):
    __new__ = BaseException.__new__
print(repr(G(1, 2)))
