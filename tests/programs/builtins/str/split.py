for s in ("a b  c", "  lead trail  ", "", "   ", "a\tb\nc\x1cd\u2028e", "one"):
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.rsplit(" ", 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","), "".split(","))
print("a::b::c".split("::"), "abcabc".split("bc"), "x".split("x"))
print("a b c".split(maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=0))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
