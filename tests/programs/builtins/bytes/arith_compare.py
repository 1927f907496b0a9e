print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" < b"b", b"ab" < b"abc", b"\xff" > b"a", b"a" == b"a", b"a" == "a", b"a" != bytearray(b"a"))
print(b"ab" + bytearray(b"c"), type(b"ab" + bytearray(b"c")).__name__, b"a" + memoryview(b"m"))
for expr in ("b'a' + 'a'", "b'a' < 'a'", "b'a' * 1.5", "b'a' + 1"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(sorted([b"b", b"a", b"", b"ab"]), max(b"hello"), min(b"hello"), sum(b"ab"))
