for s in ("", "a", "abc", "hello world", "é", "€", "\U0001F600", "a" * 100, "\x00"):
    print(repr(s), hash(s))
print(hash("abc") == hash("ab" + "c"), hash("x") == hash(str("x")))
