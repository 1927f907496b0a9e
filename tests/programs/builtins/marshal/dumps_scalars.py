import marshal
for v in (None, True, False, ..., StopIteration, 0, 1, -1, 255, 2**31 - 1, 2**31, -2**31, 2**62, 2**100, -2**100, 0.0, -0.0, 1.5, float("inf"), 1e-300, 1j, 1.5 - 2.5j):
    b = marshal.dumps(v)
    print(repr(v), b.hex())
