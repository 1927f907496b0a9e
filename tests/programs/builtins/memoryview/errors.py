for bad in ("str", 5, None, [1, 2]):
    try:
        memoryview(bad)
    except TypeError as e:
        print(type(e).__name__, e)
m = memoryview(b"abc")
for idx in (3, -4):
    try:
        m[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del m[0]
except TypeError as e:
    print(type(e).__name__, e)
