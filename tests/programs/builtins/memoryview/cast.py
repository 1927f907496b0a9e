ba = bytearray(range(8))
m = memoryview(ba)
i = m.cast("I")
print(i.format, i.itemsize, len(i), i.tolist())
h = m.cast("H")
print(h.tolist(), h.nbytes)
s = m.cast("B", (2, 4))
print(s.shape, s.strides, s.tolist(), s.ndim)
print(m.cast("c").tolist()[:3])
try:
    m.cast("I", (3,))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    m[1:].cast("I")
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("i").tolist())
