a = [1, "two", 3.0, None, [4, [5]], (6,), {7: 8}]
print(a, repr(a), str(a))
b = [1]
b.append(b)
print(b)
c = [[]]
c[0].append(c)
print(c)
d = {"k": []}
d["k"].append(d)
print(d)
print(repr([]), repr([[]]), repr([""]), [b"\x00", "é"])
