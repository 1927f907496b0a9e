print("".split(), "".split(","), " ".split(" "), "a,,b".split(",", 1))
print("-".join([]), "-".join(["only"]), "ab".join("xyz"))
print("a b  c".split(" "), "a\tb\nc d".split(), "x".partition("y"))
print("abc".zfill(5), "-5".zfill(4), "Hello".ljust(3), "%-6s|" % "ab")
