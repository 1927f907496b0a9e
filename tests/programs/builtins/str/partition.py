for s in ("a=b=c", "abc", "=", "", "==", "a==b"):
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("=="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
