for s in ["plain", "quote'", 'dq"', "both'\"", "new\nline", "tab\t", "\x7f\x80", "é", "\u200b", "\\"]:
    print(repr(s), ascii(s), len(s))
