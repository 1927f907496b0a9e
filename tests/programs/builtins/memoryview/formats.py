# xfail: not yet identical to CPython
import struct
data = struct.pack("<4h", 1, -2, 300, -32768)
m = memoryview(data).cast("h")
print(m.tolist(), m.format, m.itemsize, m[1], m[-1])
d = memoryview(struct.pack("<2d", 1.5, -0.25)).cast("d")
print(d.tolist(), d.format, d.itemsize)
q = memoryview(struct.pack("<q", -1)).cast("Q")
print(q.tolist())
b = memoryview(bytes([0, 1, 2])).cast("?")
print(b.tolist())
print(memoryview(b"ab").cast("c").tolist())
