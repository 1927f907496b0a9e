# types.UnionType: construction with |, repr, __args__.
import types
u = int | str
print(u, type(u), type(u).__name__, type(u).__module__)
print(u.__args__, u.__parameters__)
print(int | None, None | int, int | str | None, list[int] | None)
print((int | str) | float, int | (str | float), (int | str) | (str | float))
print(int | int, (int | int) is int, int | str | int)
print(list[int] | list[int], list[int] | list[str])
print(type(None) | int, types.NoneType | None)
class A:
    pass
print(A | int, int | A)
print(isinstance(int | str, types.UnionType), int.__or__(str), int.__ror__(str))
print(type.__or__(int, 3), type.__ror__(int, 3))
