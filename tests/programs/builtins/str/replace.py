s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "x"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "abc".replace("x", "y"))
try:
    s.replace("one", "ONE", count=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace("o")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
