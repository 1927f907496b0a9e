import marshal
vals = [None, True, 0, -5, 2**70, 3.25, -0.0, 2+3j, "str", b"by", (1, (2, (3,))), [1, [2]], {"a": [1, 2], "b": {"c": None}}, {1, 2, 3}, frozenset("ab"), ..., StopIteration]
for v in vals:
    back = marshal.loads(marshal.dumps(v))
    print(repr(v), back == v, type(back).__name__)
n = float("nan")
print(repr(marshal.loads(marshal.dumps(n))))
print(marshal.loads(marshal.dumps(bytearray(b"x"))), type(marshal.loads(marshal.dumps(bytearray(b"x")))).__name__)
