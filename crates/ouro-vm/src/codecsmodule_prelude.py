# The Python part of ouro's built-in `_codecs` module (run once when the module is made): the
# codec search and error-handler registries and the codec functions that `codecs.py` and the
# `encodings` package call. The byte-level work is done by str.encode and bytes.decode.
# CPython: Modules/_codecsmodule.c, Python/codecs.c.

_search_functions = []
try:
    _buffer_types = (bytes, bytearray, memoryview)
except NameError:
    _buffer_types = (bytes, bytearray)
_cache = {}
_importing = []


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    norm = _normalize(encoding)
    r = _cache.get(norm)
    if r is not None:
        return r
    if not _search_functions and not _importing:
        _importing.append(True)
        try:
            import encodings
        finally:
            _importing.pop()
    for f in _search_functions:
        r = f(norm)
        if r is None:
            continue
        if not isinstance(r, tuple) or len(r) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[norm] = r
        return r
    raise LookupError(f"unknown encoding: {encoding}")


def _text_codec(encoding, what):
    info = lookup(encoding)
    if getattr(info, "_is_text_encoding", True) is False:
        raise LookupError(f"'{encoding}' is not a text encoding; "
                          f"use codecs.{what}() to handle arbitrary codecs")
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    r = lookup(encoding)[0](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return r[0]


def decode(obj, encoding="utf-8", errors="strict"):
    r = lookup(encoding)[1](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return r[0]


def _encode_text(s, encoding, errors):
    # str.encode for encodings outside the built-in set.
    info = _text_codec(encoding, "encode")
    r = info[0](s, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    b = r[0]
    if isinstance(b, bytearray):
        b = bytes(b)
    if not isinstance(b, bytes):
        raise TypeError(f"'{encoding}' encoder returned '{type(b).__name__}' instead of "
                        f"'bytes'; use codecs.encode() to encode to arbitrary types")
    return b


def _decode_text(b, encoding, errors):
    # bytes.decode for encodings outside the built-in set.
    info = _text_codec(encoding, "decode")
    r = info[1](b, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    s = r[0]
    if not isinstance(s, str):
        raise TypeError(f"'{encoding}' decoder returned '{type(s).__name__}' instead of "
                        f"'str'; use codecs.decode() to decode to arbitrary types")
    return s


# ----- error handlers -----

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_exc(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def ignore_errors(exc):
    _check_exc(exc)
    return ("", exc.end)


def replace_errors(exc):
    _check_exc(exc)
    n = exc.end - exc.start
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * n, exc.end)
    return ("\ufffd" * n if isinstance(exc, UnicodeTranslateError) else "\ufffd", exc.end)


def _escape(c):
    o = ord(c)
    if o < 0x100:
        return "\\x%02x" % o
    if o < 0x10000:
        return "\\u%04x" % o
    return "\\U%08x" % o


def backslashreplace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return ("".join(f"&#{ord(c)};" for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    out = []
    for c in exc.object[exc.start:exc.end]:
        b = c.encode("ascii", "namereplace")
        out.append(b.decode("ascii"))
    return ("".join(out), exc.end)


def surrogateescape_errors(exc):
    raise exc


def surrogatepass_errors(exc):
    raise exc


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": surrogateescape_errors,
    "surrogatepass": surrogatepass_errors,
}


def register_error(errors, handler):
    if not isinstance(errors, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(errors).__name__}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


# ----- codecs -----

def _errs(errors):
    return "strict" if errors is None else errors


def _data(data):
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, _buffer_types):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _utf8_cut(data):
    # Length of the prefix of data that holds no incomplete multi-byte sequence at its end.
    n = len(data)
    for k in range(1, 4):
        if k > n:
            break
        c = data[n - k]
        if c & 0xC0 == 0x80:
            continue
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            if need > k:
                return n - k
        break
    return n


def utf_8_encode(s, errors=None):
    return (s.encode("utf-8", _errs(errors)), len(s))


def utf_8_decode(data, errors=None, final=False):
    data = _data(data)
    n = len(data) if final else _utf8_cut(data)
    return (data[:n].decode("utf-8", _errs(errors)), n)


def ascii_encode(s, errors=None):
    return (s.encode("ascii", _errs(errors)), len(s))


def ascii_decode(data, errors=None):
    data = _data(data)
    return (data.decode("ascii", _errs(errors)), len(data))


def latin_1_encode(s, errors=None):
    return (s.encode("latin-1", _errs(errors)), len(s))


def latin_1_decode(data, errors=None):
    data = _data(data)
    return (data.decode("latin-1", _errs(errors)), len(data))


def _utf16_encode(s, errors, byteorder, name):
    if byteorder == 0:
        return (s.encode(name, _errs(errors)), len(s))
    suffix = "-le" if byteorder < 0 else "-be"
    return (s.encode(name + suffix, _errs(errors)), len(s))


def utf_16_encode(s, errors=None, byteorder=0):
    return _utf16_encode(s, errors, byteorder, "utf-16")


def utf_16_le_encode(s, errors=None):
    return (s.encode("utf-16-le", _errs(errors)), len(s))


def utf_16_be_encode(s, errors=None):
    return (s.encode("utf-16-be", _errs(errors)), len(s))


def utf_32_encode(s, errors=None, byteorder=0):
    return _utf16_encode(s, errors, byteorder, "utf-32")


def utf_32_le_encode(s, errors=None):
    return (s.encode("utf-32-le", _errs(errors)), len(s))


def utf_32_be_encode(s, errors=None):
    return (s.encode("utf-32-be", _errs(errors)), len(s))


def _wide_decode(data, errors, final, width, name):
    data = _data(data)
    n = len(data) - len(data) % width
    if width == 2 and not final and n >= 2:
        unit = data[n - 1] if name.endswith("le") else data[n - 2]
        if 0xD8 <= unit <= 0xDB:
            n -= 2
    if final:
        n = len(data)
    return (data[:n].decode(name, _errs(errors)), n)


def _wide_ex_decode(data, errors, byteorder, final, width, name):
    data = _data(data)
    bom_le = b"\xff\xfe" if width == 2 else b"\xff\xfe\x00\x00"
    bom_be = b"\xfe\xff" if width == 2 else b"\x00\x00\xfe\xff"
    skip = 0
    if byteorder == 0:
        if data[:width] == bom_le:
            byteorder, skip = -1, width
        elif data[:width] == bom_be:
            byteorder, skip = 1, width
    codec = name + ("-be" if byteorder > 0 else "-le")
    s, n = _wide_decode(data[skip:], errors, final, width, codec)
    return (s, n + skip, byteorder)


def utf_16_decode(data, errors=None, final=False):
    s, n, _ = _wide_ex_decode(data, errors, 0, final, 2, "utf-16")
    return (s, n)


def utf_16_le_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 2, "utf-16-le")


def utf_16_be_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 2, "utf-16-be")


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_ex_decode(data, errors, byteorder, final, 2, "utf-16")


def utf_32_decode(data, errors=None, final=False):
    s, n, _ = _wide_ex_decode(data, errors, 0, final, 4, "utf-32")
    return (s, n)


def utf_32_le_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 4, "utf-32-le")


def utf_32_be_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 4, "utf-32-be")


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_ex_decode(data, errors, byteorder, final, 4, "utf-32")


def readbuffer_encode(data, errors=None):
    data = _data(data)
    return (data, len(data))


def _call_handler(errors, exc):
    handler = lookup_error(_errs(errors))
    r = handler(exc)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    return r


def charmap_build(decoding_table):
    if not isinstance(decoding_table, str):
        raise TypeError(f"charmap_build() argument must be str, not "
                        f"{type(decoding_table).__name__}")
    return {ord(c): i for i, c in enumerate(decoding_table)}


def charmap_decode(data, errors=None, mapping=None):
    data = _data(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        c = None
        if isinstance(mapping, str):
            if b < len(mapping) and mapping[b] != "\ufffe":
                c = mapping[b]
        else:
            try:
                v = mapping[b]
            except LookupError:
                v = None
            if isinstance(v, int):
                if not 0 <= v <= 0x10FFFF:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(v)
            elif isinstance(v, str):
                c = v if v != "\ufffe" else None
            elif v is not None:
                raise TypeError("character mapping must return integer, None or str")
        if c is None:
            exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
            rep, i = _call_handler(errors, exc)
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return ("".join(out), n)


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        o = ord(s[i])
        try:
            v = mapping[o]
        except LookupError:
            v = None
        if v is None:
            j = i + 1
            while j < n:
                try:
                    if mapping[ord(s[j])] is not None:
                        break
                except LookupError:
                    pass
                j += 1
            exc = UnicodeEncodeError("charmap", s, i, j, "character maps to <undefined>")
            rep, i = _call_handler(errors, exc)
            if isinstance(rep, str):
                for c in rep:
                    try:
                        v = mapping[ord(c)]
                    except LookupError:
                        v = None
                    if v is None:
                        raise exc
                    out += bytes([v]) if isinstance(v, int) else v
            else:
                out += rep
            continue
        if isinstance(v, int):
            if not 0 <= v < 256:
                raise TypeError("character mapping must be in range(256)")
            out.append(v)
        elif isinstance(v, bytes):
            out += v
        else:
            raise TypeError("character mapping must return integer, bytes or None, not "
                            + type(v).__name__)
        i += 1
    return (bytes(out), n)


# ----- escape codecs -----

def _unicode_escape(s, raw):
    out = []
    for c in s:
        o = ord(c)
        if raw:
            if o < 0x100:
                out.append(c)
            elif o < 0x10000:
                out.append("\\u%04x" % o)
            else:
                out.append("\\U%08x" % o)
        elif c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 0x20 <= o < 0x7F:
            out.append(c)
        else:
            out.append(_escape(c))
    return "".join(out).encode("latin-1")


def unicode_escape_encode(s, errors=None):
    return (_unicode_escape(s, False), len(s))


def raw_unicode_escape_encode(s, errors=None):
    return (_unicode_escape(s, True), len(s))


_SIMPLE = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
           "r": "\r", "t": "\t", "v": "\v", "\n": ""}


def _decode_escapes(data, errors, raw, final=True):
    text = data.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            if not final:
                return ("".join(out), i)
            if raw:
                out.append("\\")
                i += 1
                continue
            exc = UnicodeDecodeError("unicodeescape", data, i, n, "\\ at end of string")
            rep, i = _call_handler(errors, exc)
            out.append(rep)
            continue
        e = text[i + 1]
        if raw and e not in "uU":
            out.append("\\")
            i += 1
            continue
        if e in _SIMPLE and not raw:
            out.append(_SIMPLE[e])
            i += 2
            continue
        if e in "01234567" and not raw:
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
            continue
        width = {"x": 2, "u": 4, "U": 8}.get(e)
        if width is not None:
            digits = text[i + 2:i + 2 + width]
            ok = len(digits) == width and all(d in "0123456789abcdefABCDEF" for d in digits)
            if ok and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
            if not final and len(digits) < width:
                return ("".join(out), i)
            codec = "rawunicodeescape" if raw else "unicodeescape"
            if ok:
                reason = "illegal Unicode character"
                end = i + 2 + width
            else:
                reason = "truncated \\%sXX escape" % e if e == "x" else \
                    "truncated \\%s%s escape" % (e, "X" * width)
                end = i + 2 + sum(1 for _ in digits)
                k = i + 2
                while k < n and k < i + 2 + width and text[k] in "0123456789abcdefABCDEF":
                    k += 1
                end = k
            exc = UnicodeDecodeError(codec, data, i, end, reason)
            rep, i = _call_handler(errors, exc)
            out.append(rep)
            continue
        if e == "N" and not raw:
            j = text.find("}", i)
            if text[i + 2:i + 3] == "{" and j > 0:
                name = text[i + 3:j]
                try:
                    out.append(("\\N{" + name + "}").encode("ascii").decode("unicode_escape"))
                    i = j + 1
                    continue
                except Exception:
                    pass
            exc = UnicodeDecodeError("unicodeescape", data, i, j + 1 if j > 0 else n,
                                     "malformed \\N character escape")
            rep, i = _call_handler(errors, exc)
            out.append(rep)
            continue
        out.append("\\")
        out.append(e)
        i += 2
    return ("".join(out), n)


def unicode_escape_decode(data, errors=None, final=True):
    return _decode_escapes(_data(data), errors, False, final)


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _decode_escapes(_data(data), errors, True, final)


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError(f"escape_encode() argument 1 must be bytes, not {type(data).__name__}")
    r = repr(data)
    body = r[2:-1]
    if r[1] == '"':
        body = body.replace("'", "\\'")
    return (body.encode("latin-1"), len(data))


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _data(data)
    out = bytearray()
    i = 0
    n = len(data)
    simple = {92: 92, 39: 39, 34: 34, 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11}
    while i < n:
        c = data[i]
        if c != 92:
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == 10:
            i += 2
        elif 48 <= e <= 55:
            j = i + 1
            while j < n and j < i + 4 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i + 1:j].decode("latin-1"), 8) & 0xFF)
            i = j
        elif e == 120:
            digits = data[i + 2:i + 4]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits.decode("latin-1"), 16))
                i += 4
            except ValueError:
                if _errs(errors) == "strict":
                    raise ValueError(f"invalid \\x escape at position {i}") from None
                if errors == "replace":
                    out.append(63)
                i += 2 + len(digits.rstrip(b"ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ")[:1])
        else:
            out.append(92)
            out.append(e)
            i += 2
    return (bytes(out), n)
