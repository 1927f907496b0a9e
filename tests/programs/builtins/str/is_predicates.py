samples = ["", "abc", "ABC", "Abc", "abc123", "123", "½", "²", "٣", "一", "Ⅻ", " \t\n", "\x1c", "a b", "Title Case", "TITLE", "hello_world", "_x", "1x", "é", "ﬁ", "\u00a0", "\u200b", "a\u0301", "ǅ", "ǅungla"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
