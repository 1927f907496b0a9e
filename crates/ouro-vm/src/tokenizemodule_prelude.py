# The Python part of ouro's built-in `_tokenize` module (run once when the module is made):
# `TokenizerIter`, which reads the whole source through `readline`, lexes it with `_lex`
# (ruff's lexer) and yields CPython 3.12's token tuples. CPython: Python/Python-tokenize.c.

_OP = 55
_EXACT = {
    "!": 54, "!=": 28, "%": 24, "%=": 40, "&": 19, "&=": 41, "(": 7, ")": 8, "*": 16,
    "**": 35, "**=": 46, "*=": 38, "+": 14, "+=": 36, ",": 12, "-": 15, "-=": 37, "->": 51,
    ".": 23, "...": 52, "/": 17, "//": 47, "//=": 48, "/=": 39, ":": 11, ":=": 53, ";": 13,
    "<": 20, "<<": 33, "<<=": 44, "<=": 29, "=": 22, "==": 27, ">": 21, ">=": 30, ">>": 34,
    ">>=": 45, "@": 49, "@=": 50, "[": 9, "]": 10, "^": 32, "^=": 43, "{": 25, "|": 18,
    "|=": 42, "}": 26, "~": 31,
}


def _read_source(readline, encoding):
    parts = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        if encoding is not None and isinstance(line, (bytes, bytearray)):
            line = bytes(line).decode(encoding)
        elif not isinstance(line, str):
            raise TypeError("readline() returned a non-string object")
        parts.append(line)
    return "".join(parts)


def _tokens(readline, encoding, extra_tokens):
    source = _read_source(readline, encoding)
    starts = [0]
    i = source.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = source.find("\n", i + 1)
    if starts[-1] == len(source) and len(starts) > 1:
        starts.pop()
    nlines = len(starts) if source else 0

    def row_of(off):
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= off:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def line_text(r1, r2):
        if r1 >= len(starts):
            return ""
        end = starts[r2 + 1] if r2 + 1 < len(starts) else len(source)
        return source[starts[r1]:end]

    raw = _lex(source)
    out = []
    k = 0
    while k < len(raw):
        typ, s, e = raw[k]
        k += 1
        if typ == 0:
            out.append((0, "", (nlines + 1, 0), (nlines + 1, 0), ""))
            break
        if typ == -1 and source[s:e] in ("$", "?", "!", "`"):
            # Characters Python's grammar has no use for come out as OP tokens, as the C
            # tokenizer gives them to the tokenize module (inspect reads `$self` this way).
            typ = 55
        if typ == -1:
            r = row_of(s)
            err = SyntaxError("invalid token")
            err.lineno = r + 1
            err.offset = s - starts[r] + 1
            raise err
        if typ == 6:
            # A DEDENT sits, empty, where the next token other than a DEDENT starts.
            j = k
            while j < len(raw) and raw[j][0] == 6:
                j += 1
            if j >= len(raw) or raw[j][0] == 0:
                out.append((6, "", (nlines + 1, 0), (nlines + 1, 0), ""))
            else:
                r = row_of(raw[j][1])
                pos = (r + 1, raw[j][1] - starts[r])
                out.append((6, "", pos, pos, line_text(r, r)))
            continue
        r1 = row_of(s)
        r2 = row_of(e - 1) if e > s else r1
        start = (r1 + 1, s - starts[r1])
        text = source[s:e]
        line = line_text(r1, r2)
        if typ == 4 and s == e:
            out.append((4, "", start, (r1 + 1, start[1] + 1), line))
            continue
        if typ == 62:
            # An f-string's `{{` and `}}` stand for one brace: the middle is cut after it.
            pos = s
            piece_start = 0
            i = 0
            while i < len(text):
                if text[i] in "{}" and text[i + 1:i + 2] == text[i]:
                    piece = text[piece_start:i + 1]
                    a = pos + piece_start
                    b = a + len(piece)
                    ra = row_of(a)
                    rb = row_of(b - 1)
                    out.append((62, piece, (ra + 1, a - starts[ra]),
                                (rb + 1, b - starts[rb]), line_text(ra, rb)))
                    i += 2
                    piece_start = i
                else:
                    i += 1
            piece = text[piece_start:]
            if piece or piece_start == 0:
                a = pos + piece_start
                ra = row_of(a)
                rb = row_of(e - 1) if e > a else ra
                out.append((62, piece, (ra + 1, a - starts[ra]),
                            (rb + 1, e - starts[rb]), line_text(ra, rb)))
            continue
        if not extra_tokens:
            if typ in (64, 65):
                continue
            if typ == _OP:
                typ = _EXACT.get(text, _OP)
        end = (r2 + 1, e - starts[r2])
        out.append((typ, text, start, end, line))
    if not out or out[-1][0] != 0:
        out.append((0, "", (nlines + 1, 0), (nlines + 1, 0), ""))
    return out


class TokenizerIter:
    def __init__(self, readline, *, extra_tokens, encoding=None):
        self._readline = readline
        self._extra_tokens = bool(extra_tokens)
        self._encoding = encoding
        self._tokens = None
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._tokens is None:
            self._tokens = _tokens(self._readline, self._encoding, self._extra_tokens)
        if self._index >= len(self._tokens):
            raise StopIteration
        tok = self._tokens[self._index]
        self._index += 1
        return tok
