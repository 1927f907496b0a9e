ba = bytearray(b"xyz")
m = memoryview(ba).toreadonly()
print(m.readonly, list(m), [c for c in memoryview(b"hi")])
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(memoryview(b"abc")[1:]), bytearray(memoryview(b"q")), list(reversed(memoryview(b"ab"))))
print(memoryview(b"abc").tobytes("A"), memoryview(b"abc").obj)
