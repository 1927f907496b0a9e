print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"abc"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes(range(5)))
print(bytes("é", "utf-8"), bytes("é", "latin-1"), bytes("a", encoding="ascii"), bytes("a\xff", "ascii", "replace"))
print(bytes(iter([1, 2])), bytes((x for x in b"gen")))
for bad in [(-1,), ([256],), ([-1],), ("str",), (1.5,), (["a"],), ("x", "nope"), (5, "utf-8")]:
    try:
        print(bytes(*bad))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self): return b"custom"
class Ix:
    def __index__(self): return 2
print(bytes(B()), bytes(Ix()))
class Bad:
    def __bytes__(self): return "no"
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
