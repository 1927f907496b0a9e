s = "abababa aaa"
print(s.count("a"), s.count("aba"), s.count(""), s.count("a", 3), s.count("a", 3, 7), s.count("a", -3), s.count("a", 100), s.count("", 5, 2), s.count("", 11), s.count("", 12))
print("".count(""), "".count("a"), "aaaa".count("aa"), s.count("x"))
print(s.count("a", None, None), s.count("a", None, -2))
try:
    s.count(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
