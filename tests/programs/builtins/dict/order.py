d = {}
for k in ("z", "a", "m", 3, 1, 2):
    d[k] = k
print(list(d))
del d["a"]
d["a"] = "again"
print(list(d))
d["z"] = "updated"
print(list(d.items()))
print(list({1: 0, 1.0: 1, True: 2}.items()))
print(dict(sorted(d.items(), key=str)))
print({i: None for i in range(10, 0, -1)})
