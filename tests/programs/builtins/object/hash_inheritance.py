class A:
    def __eq__(self, o): return True
class B(A):
    __hash__ = object.__hash__
class C:
    __hash__ = None
print(A.__hash__, B.__hash__ is object.__hash__, C.__hash__)
for cls in (A, B, C):
    try:
        hash(cls())
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
class D(A):
    def __hash__(self): return 7
print(hash(D()))
from collections.abc import Hashable
print(isinstance(A(), Hashable), isinstance(B(), Hashable), isinstance(C(), Hashable))
