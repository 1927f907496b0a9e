# A matrix of str, bytes and formatting results (case mapping, split, find, format specs, %).
tests = [
 lambda: "a,b,,c".split(","), lambda: "a,b,,c".rsplit(",", 1), lambda: "  a  b ".rsplit(None, 1), lambda: "abc".split("b", 0),
 lambda: "Hello World".swapcase(), lambda: "hello world foo".title(), lambda: "they're bill's".title(), lambda: "ǆemal".title(),
 lambda: "ß".upper(), lambda: "ΣΑΣ ΟΔΟΣ".lower(), lambda: "ﬁre".title(), lambda: "İ".lower(), lambda: "ß".casefold(),
 lambda: "abc".center(6, "*"), lambda: "abc".center(7), lambda: "ab".center(5, "-"), lambda: "-42".zfill(6), lambda: "+".zfill(3),
 lambda: "a\tbc\td".expandtabs(), lambda: "a\tb".expandtabs(0), lambda: "x\r\ny\nz\r".splitlines(True), lambda: "a\x1cb\x85c".splitlines(),
 lambda: "abcabc".find("c", -2), lambda: "abc".find("", 3), lambda: "abc".find("", 4), lambda: "abc".rfind(""), lambda: "abc".count(""),
 lambda: "abc".count("", 1, 2), lambda: "aaa".replace("a", "b", 2), lambda: "abc".replace("", "-"), lambda: "abc".replace("", "-", 2),
 lambda: "abc".startswith(("x", "a")), lambda: "abc".startswith("b", 1), lambda: "abc".endswith("b", 0, 2), lambda: "abc".startswith("", 4),
 lambda: "abc".startswith("", 3), lambda: " \t x ".strip(), lambda: "xxaxx".strip("x"), lambda: "abc".lstrip("ba"),
 lambda: "a".join(["x", "y", "z"]), lambda: "a=b=c".partition("="), lambda: "a=b=c".rpartition("="), lambda: "abc".rpartition("x"),
 lambda: "Ab1".isalnum(), lambda: "½".isnumeric(), lambda: "½".isdigit(), lambda: "²".isdigit(), lambda: "²".isdecimal(), lambda: "٣".isdecimal(),
 lambda: "Hello World".istitle(), lambda: "HELLO".isupper(), lambda: " ".isspace(), lambda: "\u2028".isspace(), lambda: "a b".isprintable(), lambda: "\n".isprintable(),
 lambda: "{:>10}|{:<10}|{:^10}".format("a", "b", "c"), lambda: "{0!r:>5}".format("x"), lambda: "{:,.2f}".format(1234567.891),
 lambda: "{:e}".format(0.000123), lambda: "{:g}".format(1e-7), lambda: "{:g}".format(123456789.0), lambda: "{:.3g}".format(0.0001234),
 lambda: "{:#g}".format(1.0), lambda: "{:#.3g}".format(100.0), lambda: "{:n}".format(1e20), lambda: "{:%}".format(0.5),
 lambda: "{:+.1e}".format(-0.0), lambda: "{:z.1f}".format(-0.04), lambda: "{:010.3f}".format(-3.14159), lambda: "{:_}".format(10**10),
 lambda: "{:#_x}".format(2**40), lambda: "{:=+12,}".format(-1234567), lambda: "{:c}".format(65), lambda: "{:5c}|".format(65),
 lambda: format(1.5e300, ".2f")[:20], lambda: format(2.5, ".0f"), lambda: format(0.125, ".2f"), lambda: format(1e22, ""), lambda: format(1e-4, ""),
 lambda: format(123.456, ".10g"), lambda: format(float("nan"), "+f"), lambda: format(float("-inf"), "F"), lambda: format(-1e-300, "z.3f"),
 lambda: "%5.1f|%-6.2e|%g" % (3.14159, 1234.5, 0.00001234), lambda: "%(x)05d" % {"x": 42}, lambda: "%c%c" % ("a", 98), lambda: "%#o" % 8,
 lambda: "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), lambda: "%s" % None, lambda: "%r" % "x", lambda: "%10.4s|" % "abcdefg", lambda: "%-+5d|" % 7,
 lambda: "%x" % -255, lambda: "%#X" % -255, lambda: "% .3f" % 2.0, lambda: "%+.3e" % 12345.678, lambda: "%.2g" % 1234, lambda: "%#.0f" % 3,
 lambda: "%5s|%-5s|" % ("ab", "cd"), lambda: "%d%%" % 50, lambda: "%i" % True, lambda: "%s %s" % ("a", ["b"]), lambda: "%.3s" % 12345,
 lambda: str.maketrans({"a": "1", "b": None}), lambda: "abc".translate({97: "X", 98: None}), lambda: "abc".encode("utf-16"),
 lambda: "abc".encode("utf-16-be"), lambda: "é".encode("latin-1"), lambda: "é€".encode("ascii", "xmlcharrefreplace"), lambda: "é€".encode("ascii", "backslashreplace"),
 lambda: b"abc".hex(), lambda: b"\x00\xff".hex("-"), lambda: bytes.fromhex("de ad be ef"), lambda: bytearray.fromhex("01 02"), lambda: b"abc"[1:], lambda: b"abc"[-1],
 lambda: b"a,b".split(b","), lambda: b" a b ".split(), lambda: b"abc".upper(), lambda: b"ab" * 3, lambda: 3 * b"ab", lambda: b"abc" < b"abd", lambda: b"x" in b"xyz",
 lambda: 120 in b"xyz", lambda: b"%s-%d-%r" % (b"a", 5, b"b"), lambda: b"%5s|%-5s|" % (b"a", b"b"), lambda: b"%x %c %c" % (255, 65, b"B"), lambda: b"abc".decode(),
 lambda: bytearray(b"abc") + b"d", lambda: b"abc" + bytearray(b"d"), lambda: bytearray(b"x") * 2, lambda: list(bytearray(b"ab")), lambda: bytearray(b"abc")[1],
 lambda: bytearray(b"hello").replace(b"l", b"L"), lambda: b"abc".center(7, b"-"), lambda: b"  x ".strip(), lambda: b"A B".title(), lambda: b"ab\ncd\r\n".splitlines(True),
 lambda: b"abc".find(b"c"), lambda: b"abc".find(98), lambda: b"aXbXc".rsplit(b"X", 1), lambda: b"abc".partition(b"b"), lambda: b"abc".startswith((b"x", b"ab")),
 lambda: b"a\tb".expandtabs(), lambda: b"42".zfill(5), lambda: b"abc".translate(None, b"b"), lambda: bytes.maketrans(b"ab", b"xy"), lambda: b"x".join([b"1", bytearray(b"2")]),
 lambda: repr(bytearray(b"it's")), lambda: hash(b"abc") == hash("abc"), lambda: bytes(3), lambda: bytes([1, 2]), lambda: bytes("ab", "ascii"), lambda: bytearray(2),
 lambda: str(b"ab", "ascii"), lambda: str(b"a\xffb", "utf-8", "replace"), lambda: str(b"a\xffb", errors="ignore"), lambda: b"\xff".decode("latin-1"),
 lambda: b"abc".removeprefix(b"a"), lambda: b"ABC".lower().isupper(), lambda: b"Ab".swapcase(), lambda: b"hello world".capitalize(), lambda: b"abc".count(b""),
 lambda: "abc"[::-1], lambda: "abcdef"[1:5:2], lambda: "héllo"[1], lambda: "héllo"[-1:], lambda: "abc" * 0, lambda: "ab" < "abc", lambda: "é" > "z",
 lambda: "{}{}".format(*"ab"), lambda: "{a[0]}".format(a=[5]), lambda: "{0:{1}.{2}f}".format(3.14159, 10, 2), lambda: "{:{}{}}".format(1, "<", 3),
 lambda: f"{3.0:.2%}", lambda: f"{1e100:.3e}", lambda: f"{12345:08,}", lambda: f"{-12345:08,}", lambda: f"{0.1+0.2!r}", lambda: f"{'x':=^7}",
 lambda: format(True), lambda: format(False, ">6"), lambda: format(10, "+"), lambda: format(-0.0), lambda: format(1e16, ".0f"), lambda: format(123, ".0%"),
 lambda: format(12, "e"), lambda: format(10**30, "e"), lambda: format(255, "#010x"), lambda: format(-255, "#010x"), lambda: format(5, "#b"), lambda: format(0, "#o"),
]
i = -1
for t in tests:
    i += 1
    try:
        r = repr(t())
    except Exception as e:
        r = "!! " + type(e).__name__ + ": " + str(e)
    print(i, r)
