import marshal
for v in (None, True, False, ..., StopIteration, 0.0, -0.0, float("inf"), -float("inf"), 1j, complex(-0.0, 2), b"", "", (), ((),), [[]]):
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v), data.hex(), repr(back), back is v if v in (None, True, False, ..., StopIteration) else type(back).__name__)
for version in (0, 1, 2):
    print(version, marshal.dumps(complex(1.25, -0.5), version).hex(), marshal.dumps(-0.0, version).hex(), marshal.dumps(1e100, version).hex())
print(marshal.loads(marshal.dumps(float("nan"), 1)), marshal.loads(marshal.dumps(complex(float("nan"), 1), 0)))
