b = "héllo wörld €".encode("utf-8")
print(b, b.decode(), b.decode("utf-8"), b.decode("latin-1"))
print(b"\xff\xfeA\x00".decode("utf-16"), b"abc".decode("ascii"), b"\xe9".decode("cp1252"))
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    try:
        print(errors, repr(b"a\xffb\xc3".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
