b = b"0123456789"
m1 = memoryview(b)
m2 = memoryview(m1)
m3 = m2[2:8]
m4 = m3[::2]
print(m2.obj is b, m3.obj is b, m4.tobytes(), m4.shape, m4.strides, len(m4))
m1.release()
print(m2.tobytes(), m3.tobytes())
ba = bytearray(b"abcdef")
v = memoryview(ba)[1:5]
w = memoryview(v)[1:3]
w[0] = ord("C")
print(ba, v.tobytes(), w.tolist())
try:
    memoryview(b"abc")[...]
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab")[:].obj)
