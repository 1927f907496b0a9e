s = "hello world"
print(s.startswith("he"), s.startswith("wo"), s.startswith("wo", 6), s.startswith("he", 0, 1), s.startswith(""), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("ld"), s.endswith("wor", 0, 9), s.endswith(("x", "ld")), s.startswith(("a", "h")), s.endswith(()), s.endswith("hello", -100, 5))
print(s.startswith("o", -1), s.endswith("", -1, -5))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
