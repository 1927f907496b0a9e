data = bytearray(b"abcdef")
m = memoryview(data)
print(m[0], bytes(m[1:3]), len(m), m.readonly, m.format, m.itemsize)
m[0] = ord("Z")
print(data)
print(m.tolist()[:3], bytes(m[::2]))
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
