d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
d["d"] = 4
print(list(k), list(v), len(i))
print(k & {"a", "z"}, sorted(k | {"q"}), k - {"a"}, ("a", 1) in i)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
print(d.keys() == {"a", "b", "c", "d", "new"})
