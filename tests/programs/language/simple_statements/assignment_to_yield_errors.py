# Assigning to a yield expression: an unparenthesized one before '=' is "not possible",
# a parenthesized one gets the "cannot assign" messages.
sources = [
    "def f(): x = yield = y",
    "def f(): yield = 1",
    "def f(): a = b = yield x = 1",
    "def f(): x = yield from y = 1",
    "def f(): (yield) = 1",
    "def f(): ( yield ) = 1",
    "def f(): x = (yield) = 1",
    "def f(): (yield x) += 1",
    "def f(): del (yield)",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} (line {e.lineno}, offset {e.offset}-{e.end_offset})")
