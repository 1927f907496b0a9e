# Substituting type parameters (objects with __typing_subst__) in a GenericAlias.
class Param:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "~" + self.name
    def __typing_subst__(self, arg):
        return arg
T = Param("T")
S = Param("S")
g = dict[T, list[S]]
print(g, g.__parameters__)
print(g[int, str])
print(list[T][int], list[T].__parameters__, list[list[T]].__parameters__)
print(dict[T, T].__parameters__, dict[T, T][int])
try:
    list[T][int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict[T, S][int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[T] == list[T], list[T] == list[S])
def f[U](x: list[U]) -> U:
    return x[0]
a = f.__annotations__["x"]
print(a, a.__parameters__, a[bytes])
