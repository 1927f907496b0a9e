s = "abc"
for w in (0, 2, 3, 4, 5, 6, 7, 10):
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.zfill(w)))
print(repr("ab".center(5, "-")), repr("abc".center(6, "-")), repr("".center(3, "x")))
for bad in ("", "ab", 5):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
