print(hash(1) == hash(1.0) == hash(True))
print(hash("abc") == hash("abc"), hash(()) == hash(()))
print(hash(-1), hash(0), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0.0, -0.0, 0, False})
