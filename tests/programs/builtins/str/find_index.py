s = "mississippi"
for sub in ("ss", "i", "issi", "x", "", "ppi", "mississippis"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 3), s.rfind(sub, 0, 6), s.find(sub, -4), s.rfind(sub, -4, -1))
print(s.index("ss"), s.rindex("ss"), s.index("i", 5, 9))
for args in [("x",), ("s", 8), ("i", 2, 3)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print("".find(""), "".find("", 1), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
