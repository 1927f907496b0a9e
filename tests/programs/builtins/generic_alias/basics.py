# types.GenericAlias: construction, attributes, repr.
import types
g = list[int]
print(g, type(g), type(g).__name__, type(g).__module__)
print(g.__origin__, g.__args__, g.__parameters__, g.__unpacked__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(set[str], frozenset[bytes], enumerate[int], dict[str, [int, str]])
print(list[list[list[int]]], tuple[int, str, None])
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
print(types.GenericAlias(list, (int,)).__args__, types.GenericAlias(list, int).__args__)
print(g.__class__, isinstance(g, types.GenericAlias), type(g) is types.GenericAlias)
print(list.__class_getitem__(int), tuple.__class_getitem__((int, str)))
class Mine:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Mine[int], Mine[int].__origin__ is Mine)
print(repr(list[Mine]))
