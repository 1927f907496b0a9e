import codecs, _codecs
info = codecs.lookup("UTF-8")
print(info.name, type(info).__name__, isinstance(info, tuple), len(info))
print(codecs.lookup("latin1").name, codecs.lookup("utf_16_le").name, codecs.lookup("cp1252").name)
try:
    codecs.lookup("no-such-encoding")
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup(5)
except TypeError as e:
    print(type(e).__name__, e)
def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="shout")
    return None
codecs.register(search)
print("hello".encode("shout"), b"HELLO".decode("shout"), codecs.lookup("shout").name)
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
try:
    "abc".encode("rot13")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.lookup_error("strict") is _codecs.lookup_error("strict"))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print(type(e).__name__, e)
codecs.register_error("dash", lambda exc: ("-" * (exc.end - exc.start), exc.end))
print(codecs.lookup_error("dash")(UnicodeEncodeError("ascii", "aéé", 1, 3, "x")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
