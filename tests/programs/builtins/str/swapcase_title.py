for s in ("Hello World", "hELLO wORLD", "they're bill's friends", "ß", "ǆ ǅ Ǆ", "Σ", "ΑΣ ΑΣ", "abc1def", "ﬁ", "hello-world_foo bar9x", "İ"):
    print(repr(s), repr(s.swapcase()), repr(s.title()), s.istitle(), s.title().istitle())
