import marshal
for v in ({3, 1, 2}, frozenset({"b", "a", "c"}), {(1, 2), (0,)}, frozenset(), set(), {1.5, -1.5}, {b"x", b"a"}):
    data = marshal.dumps(v)
    print(type(v).__name__, data.hex(), marshal.loads(data) == v, type(marshal.loads(data)).__name__)
print(marshal.dumps({"k" + str(i) for i in range(5)}).hex())
