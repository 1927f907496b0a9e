import marshal
s = "sh" + "ared"
v = [s, (s, 1.5), {s: s}, frozenset([s])]
for version in range(5):
    data = marshal.dumps(v, version)
    print(version, data.hex())
    back = marshal.loads(data)
    print(back == v, back[0] is back[1][0])
print(marshal.dumps((1,) * 300, 4)[:6].hex(), marshal.dumps((1,) * 300, 3)[:6].hex())
print(marshal.dumps("x" * 300)[:6].hex(), marshal.dumps("é" * 3, 4).hex(), marshal.dumps("é" * 3, 2).hex())
