a = memoryview(b"abc")
b = memoryview(b"abc")
print(a == b, a == b"abc", a == bytearray(b"abc"), a != b"abd", a == "abc")
print(hash(a) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab").cast("c") == memoryview(b"ab"))
