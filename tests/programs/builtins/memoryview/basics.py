m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous, m.c_contiguous, m.f_contiguous)
print(m.obj == b"abcdef", m.hex(), m.hex(":"), m == b"abcdef", m[::2].tobytes(), m[::-1].tobytes())
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(repr(m)[:11])
