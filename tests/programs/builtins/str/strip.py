s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abchiabc".strip("cba")), repr("hello".strip("")), repr("hello".strip(None)))
print(repr("\u3000\u2003wide\u00a0".strip()), repr("\x1c\x1dq\x1e\x1f".strip()), repr("\u200bq\u200b".strip()))
print(repr("aaa".lstrip("a")), repr("".strip()), repr("www.example.com".lstrip("cmowz.")))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
