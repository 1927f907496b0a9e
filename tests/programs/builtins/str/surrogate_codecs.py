# The codecs on lone surrogates: str.encode and bytes.decode for the built-in codecs with
# every built-in error handler (messages, ranges and results as CPython's).
for enc in ['utf-8','utf-16','utf-16-le','utf-16-be','utf-32','utf-32-be','latin-1','ascii','cp1252','utf8']:
    for err in ['strict','surrogatepass','surrogateescape','ignore','replace','backslashreplace','xmlcharrefreplace','namereplace']:
        for s in ['a\ud800\udc80b', '\udcff', 'x\udc41']:
            try:
                r = s.encode(enc, err)
            except UnicodeEncodeError as e:
                r = (type(e).__name__, str(e), e.start, e.end, e.reason, e.encoding)
            print(enc, err, ascii(s), r)
cases = [b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'a\x00\x00\xd8\x00\xdc', b'a', b'a\x00b', b'\x00\xd8\x00\xd8']
for enc in ['utf-16-le', 'utf-16', 'utf-32-le']:
    for b in cases + [b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00']:
        for err in ['strict', 'surrogatepass', 'surrogateescape', 'replace']:
            try:
                r = ascii(b.decode(enc, err))
            except UnicodeDecodeError as e:
                r = (str(e), e.start, e.end)
            print(enc, b, err, r)
for b in [b'\xed\xa0\x80', b'a\xed\xb2\x80b', b'\xed\xa0', b'\xff\x80', b'\xed\xa0\x80\xed\xb0\x80']:
    for err in ['strict', 'surrogatepass', 'surrogateescape']:
        try:
            r = ascii(b.decode('utf-8', err))
        except UnicodeDecodeError as e:
            r = (str(e), e.start, e.end)
        print('utf-8', b, err, r)
print(ascii(b'a\x80\xff'.decode('ascii', 'surrogateescape')), ascii(b'a\x80\xff'.decode('latin-1', 'surrogateescape')))
