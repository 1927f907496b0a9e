for s in ("hello world", "HELLO", "ǆemal", "ß", "ﬁre", "İstanbul", "123abc", "", "élan", "ΣΑΣ", "ŉ"):
    print(repr(s), repr(s.capitalize()), repr(s.casefold()), repr(s.lower()), repr(s.upper()))
