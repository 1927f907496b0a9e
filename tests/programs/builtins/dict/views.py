d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"}, i & {("b", 2)})
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"q"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping is d if hasattr(k, "mapping") else None, type(k.mapping).__name__)
print(type(k).__name__, type(v).__name__, type(i).__name__, v == v)
