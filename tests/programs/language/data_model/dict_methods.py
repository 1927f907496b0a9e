d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("e", 5))
print(d.pop("b"), d.pop("zz", "none"), d.popitem(), d)
d.update({"x": 1}, y=2)
print(d, len(d), "x" in d, 1 in d)
print(dict.fromkeys("ab", 0), dict(zip("xy", (1, 2))), dict([("k", "v")]))
print({**d, "a": 100}, d | {"new": 1})
d |= {"merged": True}
print(d)
