vals = [0, 1, -1, 0.0, -0.0, 0j, "", " ", "0", "False", [], [0], (), {}, {0: 0}, set(), None, b"", bytearray(), range(0), range(1), float("nan")]
for v in vals:
    print(repr(v), bool(v))
print(bool())
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
