# binascii's uuencode and quoted-printable conversions: round trips, backtick zeros, the
# 45-byte limit, trailing padding and garbage, illegal characters, empty lines; qp's soft
# line breaks, =XX escapes, headers' underscores, tabs and spaces at line ends, CRLF data,
# dots alone on a line, binary data, 76-character lines; and the modules built on them.
import binascii

for data in [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(45)), b"\x00" * 5]:
    line = binascii.b2a_uu(data)
    bt = binascii.b2a_uu(data, backtick=True)
    print(line, bt, binascii.a2b_uu(line) == data, binascii.a2b_uu(bt) == data)
print(binascii.a2b_uu(b""), binascii.a2b_uu("!80  \n"), binascii.a2b_uu(b"$86)C\r\n"))
for bad in [lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.a2b_uu(b"!8\x7f"),
            lambda: binascii.a2b_uu(b"!80x"), lambda: binascii.b2a_uu(b"x", back=1),
            lambda: binascii.a2b_uu("\xe9")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

samples = [
    b"", b"plain text", b"a=b", b"tab\tand space \nnext", b"ends with space ",
    b"ends with tab\t", b"line\r\nwith crlf \r\nend", b".\nstart dot", b"x\n.\n",
    bytes(range(256)), b"x" * 200, b"y" * 75 + b"\n" + b"z" * 76, b"under_score and space",
    "caf\u00e9 cr\u00e8me".encode(), b"\r\n", b"a\rb",
]
for s in samples:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True},
               {"quotetabs": 1, "istext": 0, "header": 1}]:
        enc = binascii.b2a_qp(s, **kw)
        dec = binascii.a2b_qp(enc, header=kw.get("header", False))
        print(kw, enc[:90], dec == s)
print(binascii.b2a_qp(b"a b", True, True, True), binascii.b2a_qp(b"x\ny", False, False))
for enc in [b"=41=42", b"soft=\nbreak", b"soft=\r\nbreak", b"bad=4", b"bad=G1", b"eq==",
            b"end=", "under_score", b"=\r x"]:
    print(enc, binascii.a2b_qp(enc), binascii.a2b_qp(enc, header=True))
import quopri, uu, io
print(quopri.encodestring(b"caf\xc3\xa9 = ok \n"), quopri.decodestring(b"caf=C3=A9"))
src, dst = io.BytesIO(b"uu data " * 20), io.BytesIO()
uu.encode(src, dst, "f.txt", 0o644)
print(dst.getvalue().splitlines()[:3])
back = io.BytesIO()
uu.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b"uu data " * 20)
