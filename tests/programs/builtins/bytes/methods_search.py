b = b"abracadabra"
print(b.count(b"a"), b.count(97), b.find(b"cad"), b.find(99), b.rfind(b"a"), b.index(b"b"), b.rindex(b"b"))
print(b.startswith(b"abr"), b.endswith((b"x", b"ra")), b.find(b"a", 1, 4), b.count(b""), b.rfind(b"", 3))
try:
    b.index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.count(300)
except ValueError as e:
    print(type(e).__name__, e)
