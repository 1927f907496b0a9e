# Lone surrogates (U+D800..U+DFFF) in str: construction, identity of value, hashing,
# indexing, concatenation, comparison, repr and the codecs.
hi, lo = chr(0xD800), chr(0xDC80)
print(len(hi), ord(hi), ord(lo), hi == "\ud800", lo == "\udc80", hi != "\ufffd")
s = "a" + hi + "b" + lo + "é"
print(len(s), [ord(c) for c in s], ascii(s), repr(s))
print(ascii(s[1]), ascii(s[-2]), ascii(s[1:4]), ascii(s[::2]), ascii(s[::-1]))
print(s == "a\ud800b\udc80é", s == "a\ufffdb\ufffdé", hash(s) == hash("a\ud800b\udc80é"))
print(hash(hi) == hash("\ud800"), hash(hi) != hash("\ufffd"))
t = ""
for c in s:
    t += c
print(t == s, ascii(t), len(t))
print(ascii("".join([hi, "x", lo])), ascii(hi.join(["1", "2", "3"])), ascii("-".join(s)))
print(ascii(f"<{hi}>"), ascii("%s|%s" % (hi, lo)), ascii("{}{}".format(lo, hi)))
print(ascii(hi * 3), ascii(3 * lo), len(hi * 3))
# Ordering is by code point: surrogates sort before U+E000..U+FFFF.
words = ["\ufffd", "\ue000", hi, lo, "z", "\U0001f600", "\udbff\udfff"]
print([ascii(w) for w in sorted(words)])
print(hi < "\ufffd", hi < lo, "\ue000" > lo, max(words) == "\U0001f600")
# Sets and dict keys: a surrogate never equals its U+FFFD stand-in.
d = {hi: 1, "\ufffd": 2, lo: 3}
print(len(d), d[hi], d["\ufffd"], d[chr(0xDC80)], hi in d, chr(0xD801) in d)
st = {hi, "\ud800", "\ufffd", lo}
print(len(st), sorted(ascii(x) for x in st))
# Membership and searching.
print(hi in s, lo in s, "\ufffd" in s, "b" + lo in s, s.find(lo), s.index("b"), s.count(hi))
print(s.startswith("a" + hi), s.endswith(lo + "é"), s.startswith("a\ufffd"))
print(ascii(s.replace(hi, "H")), ascii(s.split(lo)), ascii(s.upper()), ascii(s.lower()))
print(ascii(hi.upper()), ascii(lo.title()), ascii(hi.casefold()), ascii(lo.swapcase()))
print(hi.isprintable(), hi.isalpha(), hi.isspace(), hi.isidentifier(), hi.isascii(), "\ufffd".isprintable())
print(ascii((" " + hi + " ").strip()), ascii(hi.center(5, "*")), ascii(hi.zfill(3)))
# Encoding.
for errors in ("strict", "surrogatepass", "surrogateescape", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    for enc in ("utf-8", "utf-16-le", "latin-1", "ascii"):
        try:
            print(errors, enc, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, "UnicodeEncodeError:", e, e.start, e.end, ascii(e.object))
print(ascii("\udcff".encode("utf-8", "surrogateescape")), ascii("\udcff".encode("latin-1", "surrogateescape")))
# Decoding and round trips.
raw = b"caf\xc3\xa9 \xff\xfe ok \x80"
u = raw.decode("utf-8", "surrogateescape")
print(ascii(u), len(u), u.encode("utf-8", "surrogateescape") == raw)
p = "x\ud83d\ude00y".encode("utf-8", "surrogatepass")
print(p, ascii(p.decode("utf-8", "surrogatepass")), ascii(p.decode("utf-8", "replace")))
w = "\udc00\ud800".encode("utf-16-be", "surrogatepass")
print(w, ascii(w.decode("utf-16-be", "surrogatepass")))
print(ascii(b"\x00\xd8\x41\x00".decode("utf-16-le", "replace")), ascii(str(b"a\xffb", "ascii", "surrogateescape")))
for b, enc in ((b"\x00\xd8", "utf-16-le"), (b"\x00\xdcA\x00", "utf-16-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xed\xa0\x80", "utf-8")):
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
# Compiled constants and marshal keep the surrogates.
import marshal
c = compile("x = '\\ud800' + '\\udfff'", "<s>", "exec")
ns = {}
exec(c, ns)
print(ascii(ns["x"]), len(ns["x"]))
m = marshal.loads(marshal.dumps(["a\udc80", hi, ("\udfff",)]))
print(ascii(m), m[1] == hi, marshal.dumps(hi))
# Printing one fails as in CPython (stdout is UTF-8, strict).
try:
    print(hi)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(str(hi) is hi, ascii(str(s)), ascii(format(hi, ">3")), ascii(repr(hi)))
# Interning keeps a surrogate string apart from its U+FFFD twin.
import sys
x = sys.intern(chr(0xD800) + "q")
y = sys.intern("\ufffdq")
print(ascii(x), ascii(y), x == y, ascii(sys.intern("\ufffd" + "q")))
# %-formatting at run time (a format held in a variable, a width).
fmt = "%s!"
print(ascii(fmt % hi), ascii("%-3s|%r" % (lo, hi)), ascii(fmt % ((hi + lo),)))
