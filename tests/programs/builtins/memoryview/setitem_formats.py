ba = bytearray(8)
m = memoryview(ba).cast("h")
m[0] = -2
m[1] = 300
m[-1] = 32767
print(ba, m.tolist())
for v in (32768, -32769, 1.5, "x"):
    try:
        m[0] = v
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
d = memoryview(bytearray(16)).cast("d")
d[1] = 2.5
d[0] = 3
print(d.tolist())
c = memoryview(bytearray(b"ab")).cast("c")
c[0] = b"z"
print(c.tolist())
for v in (b"zz", 1):
    try:
        c[1] = v
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
q = memoryview(bytearray(2)).cast("?")
q[0] = 5
print(q.tolist())
