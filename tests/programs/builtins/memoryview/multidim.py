m = memoryview(bytearray(range(12))).cast("B", (3, 4))
print(m.shape, m.strides, m.ndim, m.tolist(), m.nbytes, len(m))
print(m[1, 2], m[2, 3])
try:
    m[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
m[1, 1] = 99
print(m.tolist()[1], m.tobytes()[:8])
try:
    m.cast("B")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"").cast("B", (0,))
except TypeError as e:
    print(type(e).__name__, e)
