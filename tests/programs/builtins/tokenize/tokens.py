# tokenize.generate_tokens / tokenize.tokenize over assorted sources: CPython 3.12's token
# types, strings, positions and lines.
import io
import tokenize

SOURCES = [
    "x = 1\n",
    "if x:\n    y = (1,\n         2)  # c\n\n    z = y\nelse:\n  pass\n",
    "def f(a, *b, **c) -> int:\n    return a ** 2 // 3 != 4\n",
    "s = 'a' \"b\" '''c\nd''' rb'\\x00'\n",
    "f'a{b!r:>10}c{{d}}e{x=}'\n",
    "x = 1",
    "# only a comment\n",
    "",
    "\n\n",
    "class C:\n    def m(self):\n        return [i for i in range(3)]\n",
    "n = 0o17 + 1_000 + 3.5e-2 + 2j\n",
    "a @= b; c := d\n",
    "lambda: ...\n",
    "\u00e9t\u00e9 = 'caf\u00e9'  # \u00fc\n",
]

for src in SOURCES:
    print("----", repr(src))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print(tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end, repr(tok.line))
print("---- bytes")
for tok in tokenize.tokenize(io.BytesIO("x = 'é'\n".encode()).readline):
    print(tok)
