print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)), issubclass(list, list))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (A,)), issubclass(A, B), isinstance(A, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, object))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator), issubclass(dict, abc.MutableMapping), isinstance(5, abc.Hashable), isinstance([], abc.Hashable))
