for obj in (b"hello", bytearray(b"xy"), b""):
    m = memoryview(obj)
    print(m.obj is obj, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
s = memoryview(b"abcdefgh")[::2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous)
r = memoryview(b"abcdefgh")[::-1]
print(r.strides, r.tobytes(), r.c_contiguous)
c = memoryview(bytearray(8)).cast("i")
print(c.format, c.itemsize, c.shape, c.strides, c.nbytes, c.readonly)
try:
    m.nbytes = 3
except AttributeError as e:
    print(type(e).__name__)
