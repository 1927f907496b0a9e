for s in ("ΑΣ", "ΑΣΑ", "Σ", "ΑΣ.", "Α Σ", "ΑΣ1", "İ", "ß", "ﬃ", "ŉ", "ǰ", "ΐ", "ᾀ", "Ⅻ", "ꭰ", "𐐀", "ǅ"):
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.casefold()), len(s.upper()))
