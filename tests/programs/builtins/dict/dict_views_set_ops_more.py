a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(a.keys() & b.keys(), a.keys() - b.keys(), a.keys() | b.keys(), a.keys() ^ b.keys())
print(a.keys() & ["x", "q"], a.items() - {("x", 1)}, a.items() | {("q", 9)})
print(a.keys() == {"x", "y", "z"}, a.keys() < {"x", "y", "z", "q"}, a.keys().isdisjoint(b))
try:
    a.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), list(a.values()) == [1, 2, 3])
