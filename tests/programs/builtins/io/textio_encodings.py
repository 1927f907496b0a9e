import _io, posix
name = "_tmp_textio_enc.txt"
text = "héllo wörld ✓\nzwei\n"
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "ascii", "cp1252"):
    try:
        with _io.open(name, "w", encoding=enc) as f:
            f.write(text)
            f.write("more\n")
        with _io.open(name, "rb") as f:
            raw = f.read()
        with _io.open(name, encoding=enc) as f:
            back = f.read()
        print(enc, len(raw), raw[:6], back == text + "more\n")
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
with _io.open(name, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write(text)
with _io.open(name, encoding="ascii") as f:
    print(repr(f.read()))
try:
    _io.open(name, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
with _io.open(name, "wb") as f:
    f.write("ab€cd\n".encode("utf-8") * 3000)
with _io.open(name, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s[:7] == "ab€cd\na", f.tell())
with _io.open(name, encoding="utf-8") as f:
    n = 0
    for line in f:
        n += line == "ab€cd\n"
    print(n)
posix.unlink(name)
