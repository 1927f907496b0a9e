print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abcde")[::2]) == hash(b"ace"))
try:
    hash(memoryview(bytearray(b"abc")).toreadonly())
except TypeError as e:
    print(type(e).__name__, e)
for m in (memoryview(bytearray(b"ab")), memoryview(bytearray(4)).toreadonly().cast("i")):
    try:
        hash(m)
    except ValueError as e:
        print(type(e).__name__, e)
d = {memoryview(b"k"): 1}
print(d[memoryview(b"k")], d.get(b"k"))
m = memoryview(b"zz")
h = hash(m)
m.release()
print(hash(m) == h)
