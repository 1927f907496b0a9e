# Calling a GenericAlias, attribute forwarding, __mro_entries__, dir.
g = list[int]
x = g([1, 2, 3])
print(x, type(x))
print(dict[str, int](a=1))
print(g.append is list.append, g.__name__, g.__qualname__, g.__doc__ == list.__doc__)
print(g.__mro_entries__((g,)))
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__, L([5]))
class C:
    pass
class G:
    __class_getitem__ = classmethod(type(list[int]))
obj = G[int]()
print(type(obj).__name__, obj.__orig_class__)
try:
    g.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
names = dir(g)
print("__origin__" in names, "append" in names, "__args__" in names, "__deepcopy__" in names)
print(g.__reduce__())
print(tuple[int].__typing_unpacked_tuple_args__)
