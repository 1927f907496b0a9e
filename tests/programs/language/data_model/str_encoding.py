s = "héllo €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, s.encode("latin-1", errors="replace"))
print(s.encode("ascii", errors="backslashreplace"), s.encode("ascii", "ignore"))
print(ord("€"), chr(8364), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(ascii("é€"), repr("tab\t\x00"), "ß".upper(), "ǅ".lower())
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
