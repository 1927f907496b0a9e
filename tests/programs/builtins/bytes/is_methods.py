for b in (b"", b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t\n", b"\x80", b"\xe9", b"a b"):
    print(repr(b), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle())
