import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "e.txt")
s = "ñandú €\n"
for enc in ("utf-8", "utf-16", "latin-1", "cp1252", "utf-8-sig", "utf-32-le"):
    try:
        with open(p, "w", encoding=enc) as f:
            f.write(s)
        with open(p, "rb") as f:
            raw = f.read()
        with open(p, encoding=enc) as f:
            back = f.read()
        print(enc, raw, back == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
with open(p, "wb") as f:
    f.write(b"bad \xff byte\n")
for errors in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace"):
    try:
        with open(p, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
os.remove(p)
os.rmdir(d)
