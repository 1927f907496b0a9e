print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"abc"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(str(bytearray(b"xyz"), "ascii"), str(memoryview(b"mv"), "ascii"))
print(str(object=42), str(object=b"q", encoding="ascii"))
class S:
    def __str__(self): return 5
try:
    str(S())
except TypeError as e:
    print(type(e).__name__, e)
