print({}, {1: "a", "b": [1, {}], (1, 2): None, 1.5: b"x"})
d = {}
d["self"] = d
print(d)
print(repr({"'": '"'}), str({None: True}))
print({}.keys(), {1: 2}.values(), {1: 2}.items())
print(repr({1: 2}.keys()), str({"a": {"b": {}}}))
