import sys
cases = [
    ("f.py", 1, 3, "    abc def\n", 1, 9),
    ("f.py", 1, 3, "abc\ndef\n", 2, 2),
    ("f.py", 1, 20, "abc\n", 1, 30),
    ("f.py", None, None, None, None, None),
    (None, 3, 1, "x\n", 3, 2),
]
for c in cases:
    try:
        raise SyntaxError("m", c)
    except SyntaxError as e:
        sys.excepthook(type(e), e, None)
try:
    raise IndentationError("m", ("f.py", 2, 5, "  x = 1\n", 3, 1))
except SyntaxError as e:
    sys.excepthook(type(e), e, None)
raise SyntaxError(None, ("f.py", 1, 1, "x", 1, 2))
