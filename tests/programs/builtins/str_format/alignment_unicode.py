for s in ("ab", "日本", "é", "a\u0301", "🐍"):
    print(repr(format(s, "^6")), repr(format(s, "*<5")), repr(s.center(6, "·")), repr(s.rjust(4, "→")))
