import marshal
for v in (1.0, 0.1, -2.5e-300, float("inf")):
    print(repr(v), marshal.dumps(v, 0).hex(), marshal.dumps(v, 1).hex(), marshal.dumps(v, 2).hex())
    print(marshal.loads(marshal.dumps(v, 0)) == v, marshal.loads(marshal.dumps(v, 1)) == v)
print(marshal.dumps(1.5 + 2j, 1).hex(), marshal.dumps(1.5 + 2j, 2).hex())
