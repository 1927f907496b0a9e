s = "héllo €𝄞"
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-be", "latin-1", "ascii", "cp1252", "UTF8", "utf_8"):
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
for errors in ("ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    print(errors, s.encode("ascii", errors))
try:
    s.encode("nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "\udc80".encode("utf-8", "surrogateescape"))
print("abc".encode(), "abc".encode(encoding="ascii", errors="strict"))
