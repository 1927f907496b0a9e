import codecs
print(codecs.utf_8_encode("héllo"), codecs.utf_8_decode(b"h\xc3\xa9llo"))
print(codecs.utf_8_decode(b"ab\xc3", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82", None, False))
print(codecs.latin_1_encode("é"), codecs.latin_1_decode(b"\xe9"), codecs.ascii_decode(b"abc"))
print(codecs.utf_16_encode("ab"), codecs.utf_16_le_decode(b"a\x00b"), codecs.utf_16_decode(b"\xfe\xff\x00a"))
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00", "strict", 0, True))
print(codecs.utf_32_encode("a"), codecs.utf_32_be_decode(b"\x00\x00\x00a"))
table = "abc" + "\ufffe" * 253
print(codecs.charmap_decode(b"\x00\x02\x01", "strict", table))
try:
    codecs.charmap_decode(b"\x05", "strict", table)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(codecs.charmap_decode(b"\x05\x01", "replace", table))
enc = codecs.charmap_build(table)
print(type(enc).__name__ in ("dict", "EncodingMap"), codecs.charmap_encode("cab", "strict", enc))
try:
    codecs.charmap_encode("xyz", "strict", enc)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(codecs.charmap_encode("axb", "replace", {ord("a"): 1, ord("b"): 2, ord("?"): 63}))
print(codecs.unicode_escape_encode("a\n\t\\é\u1234\U0001f600"))
print(codecs.unicode_escape_decode(b"a\\n\\t\\x41\\u00e9\\101"))
print(codecs.raw_unicode_escape_encode("a\\é\u1234"), codecs.raw_unicode_escape_decode(b"a\\u00e9\\n"))
print(codecs.escape_decode(b"a\\n\\x41\\'"), codecs.escape_encode(b"a\n'\x00"))
for data in (b"\\x4", b"\\u12"):
    try:
        codecs.unicode_escape_decode(data)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print("€uro".encode("cp1252"), b"\x80".decode("cp1252"), "ab".encode("cp437"), b"\x82\x8a".decode("cp850"))
print("é".encode("iso8859_15"), "Ω".encode("iso8859_7"), b"\xd9".decode("koi8_r"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac!")))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"))
