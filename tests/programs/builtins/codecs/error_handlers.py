import codecs
codecs.register_error("dash", lambda exc: ("-" * (exc.end - exc.start), exc.end))
tests = [
    lambda: b"a\xffb".decode("utf-8", "dash"),
    lambda: "aéb".encode("ascii", "dash"),
    lambda: b"a\xffb".decode("ascii", "dash"),
    lambda: b"a\xffb".decode("utf-8", "xmlcharrefreplace"),
    lambda: b"a\xffb".decode("utf-8", "nope"),
    lambda: "aé".encode("ascii", "nope"),
    lambda: "aé".encode("latin-1", "surrogateescape"),
    lambda: "aé€".encode("cp1252", "dash"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
codecs.register_error("pos", lambda exc: ("<%d:%d>" % (exc.start, exc.end), exc.end))
print(b"ab\xff\xfecd\xff".decode("utf-8", "pos"), "x€y€".encode("latin-1", "pos"))
codecs.register_error("bytes", lambda exc: (b"[B]", exc.end))
print("a€b".encode("ascii", "bytes"))
print(codecs.lookup_error("ignore")(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad")))
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "a€€", 1, 3, "bad")))
print(codecs.lookup_error("backslashreplace")(UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "bad")))
print(codecs.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("ascii", "a€", 1, 2, "bad")))
