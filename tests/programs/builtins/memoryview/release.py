m = memoryview(b"abc")
m.release()
for op in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: bytes(m)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(m).startswith("<released memory"))
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
try:
    m2.tolist()
except ValueError as e:
    print(type(e).__name__, e)
m.release()
print("double release ok")
