# PEP 646: *tuple[...] in subscripts and iteration of a GenericAlias.
t = tuple[int, ...]
print(*t)
s = [*tuple[int, str]]
print(s, s[0].__unpacked__, s[0].__origin__, s[0].__args__)
print(tuple[*tuple[int, ...]])
print(tuple[int, *tuple[str, ...]])
print(tuple[int, *tuple[str, bytes]])
u = next(iter(tuple[int]))
print(u, u.__unpacked__, u.__typing_unpacked_tuple_args__)
print(u == tuple[int], u == next(iter(tuple[int])))
it = iter(list[int])
print(next(it), next(it, "done"))
print(u.__reduce__()[0] is next)
