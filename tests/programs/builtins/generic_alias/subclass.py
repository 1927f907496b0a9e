# Subclassing types.GenericAlias, as _collections_abc._CallableGenericAlias does.
from types import GenericAlias
class CGA(GenericAlias):
    __slots__ = ()
    def __new__(cls, origin, args):
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        return super().__new__(cls, origin, args)
    def __repr__(self):
        return "CGA:" + super().__repr__()
x = CGA(list, ([int], str))
print(type(x).__name__, x, x.__args__, x.__origin__)
print(x == list[int, str], list[int, str] == x, hash(x) == hash(list[int, str]))
print(x.append, isinstance(x, GenericAlias), type(x[()] if False else x).__mro__)
try:
    GenericAlias.__new__(int, list, int)
except TypeError as e:
    print(type(e).__name__, e)
