import marshal
d = {"a": 1, "b": [1, 2, {"c": (None, True, False)}], 3: {4: 5.0}, (1, 2): b"t"}
data = marshal.dumps(d)
print(data.hex())
print(marshal.loads(data) == d, list(marshal.loads(data)))
print(marshal.dumps({}).hex(), marshal.dumps([]).hex(), marshal.dumps(()).hex())
deep = []
for i in range(50):
    deep = [deep]
print(len(marshal.dumps(deep)), marshal.loads(marshal.dumps(deep)) == deep)
