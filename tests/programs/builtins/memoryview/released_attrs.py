m = memoryview(b"abc")
m.release()
for name in ("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "contiguous"):
    try:
        getattr(m, name)
        print(name, "ok")
    except ValueError as e:
        print(name, type(e).__name__, e)
for op in (lambda: m.tolist(), lambda: m.hex(), lambda: m.cast("B"), lambda: m.toreadonly(), lambda: list(m), lambda: m[0:1]):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(m == m, m != memoryview(b"abc"))
