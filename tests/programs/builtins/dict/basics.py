d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, 1 in d, list(d))
d["a"] = 10
print(d)
del d["b"]
print(d)
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
