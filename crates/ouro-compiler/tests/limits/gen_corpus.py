"""Writes corpus.tsv: pathological sources and what CPython 3.12 raises for them.

Run with CPython 3.12 (PY312):  python3.12 gen_corpus.py
Each line: name, recipe, exception type, message, lineno, offset, end_lineno, end_offset.
A recipe is a comma-separated list of COUNT:HEX segments (the UTF-8 text repeated COUNT times).
Type "OK" means compile() succeeded.
"""
import os, sys

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

def S(text, n=1):
    return (text, n)

IND = lambda n, unit=" ": [S("".join(unit * i + "if 1:\n" for i in range(n))), S(unit * n + "pass\n")]
CASES = []
def case(name, *segs):
    CASES.append((name, [s if isinstance(s, tuple) else S(s) for s in segs]))

# Tokenizer: bracket nesting (MAXLEVEL 200).
case("paren200", S("(", 200), S("1"), S(")", 200))
case("paren201", S("(", 201), S("1"), S(")", 201))
case("paren_open201", S("(", 201))
case("brack201", "x=", S("[", 201), S("]", 201))
case("brace_mix201", "x=", S("{[(", 67), S("(", 2))
case("paren_multiline", "x = (\n", S("(\n", 199), "1", S(")", 200), "\n(((", S("(", 300))
case("paren_unicode", "é = 1\n", "ééé + ", S("(", 300))
case("paren_after_tab", "if 1:\n\t", S("(", 300))
case("paren_in_string_ignored", "x = '", S("(", 300), "'\n", "y = '''", S("[", 300), "'''\n# ", S("(", 300), "\n")
case("fstring_brace199", "f'{", S("(", 199), "1", S(")", 199), "}'")
case("fstring_brace200", "f'{", S("(", 200), "1", S(")", 200), "}'")
# Tokenizer: indentation (MAXINDENT 100).
case("indent99", *[S("".join(" " * i + "if 1:\n" for i in range(99))), S(" " * 99 + "pass\n")])
case("indent100", *IND(100))
case("indent100_tabs", *IND(100, "\t"))
case("indent_comments_blank", S("".join(" " * i + "if 1:\n" + " " * (i + 300) + "# c\n\n" for i in range(100))), S(" " * 100 + "pass\n"))
case("indent_continuation", S("".join(" " * i + "if \\\n   1:\n" for i in range(100))), S(" " * 100 + "pass\n"))
case("indent_in_parens_ignored", "if 1:\n", S("".join(" " * i + "(\n" for i in range(1, 120))), S(")", 119), "\n")
case("indent_deep_defs", S("".join(" " * i + "def f():\n" for i in range(100))), S(" " * 100 + "pass\n"))
# Tokenizer: f-string nesting (MAXFSTRINGLEVEL 150).
case("fstring149", S("f'{", 149), "1", S("}'", 149))
case("fstring150", S("f'{", 150), "1", S("}'", 150))
case("fstring150_dq", S('f"{', 150), "1", S('}"', 150))
case("fstring150_rf", "x = ", S("rf'{", 150), S("}'", 150))
case("fstring150_spec", "f'{x:{", S("f'{", 150))
case("fstring150_triple", S('f"""{', 150))
# Compiler recursion limit (RecursionError) and parser stack (MemoryError).
for n in (2994, 2995, 5968, 5969, 100000):
    case(f"neg{n}", S("-", n), "1")
for n in (2994, 2995, 5969, 5970):
    case(f"neg_name{n}", S("-", n), "x")
    case(f"not{n}", S("not ", n), "x")
    case(f"ifexp{n}", S("a if b else ", n), "c")
for n in (2994, 2995):
    case(f"invert{n}", S("~", n), "1")
    case(f"attr{n}", "a", S(".b", n))
    case(f"subscript{n}", "x", S("[0]", n))
    case(f"call{n}", "f", S("()", n))
    case(f"elif{n}", "if a: pass\n", S("elif a: pass\n", n))
    case(f"attr_store{n}", "a", S(".b", n), " = 1")
    case(f"decorator{n}", "@a", S(".b", n), "\ndef f(): pass")
    case(f"assign_neg{n}", "x = ", S("-", n), "1")
for n in (2995, 2996):
    case(f"plus{n}", "1", S("+1", n - 1))
case("plus100000", "1", S("+1", 99999))
case("attr100000", "a", S(".b", 99999))
for n in (2993, 2994):
    case(f"match_attr{n}", "match x:\n case a", S(".b", n), ": pass")
    case(f"fstring_expr{n}", "f'{", S("-", n), "x}'")
    case(f"def_body{n}", "def f():\n return ", S("-", n), "x")
    case(f"slice{n}", "y[", S("-", n), "x:]")
    case(f"lambda_body{n}", "lambda: ", S("-", n), "x")
for n in (2990, 2991):
    case(f"fstring_nested{n}", "f'{f\"{", S("-", n), "x}\"}'")
    case(f"fstring_spec{n}", "f'{a:{", S("-", n), "x}}'")
for n in (2985, 2986):
    case(f"pow{n}", "x", S("**x", n - 1))
for n in (2984, 2985):
    case(f"lambda{n}", S("lambda: ", n), "1")
for n in (746, 747):
    case(f"lambda_default{n}", S("lambda a=", n), "1", S(":1", n))
for n in (5965, 5966):
    case(f"elif{n}", "if a: pass\n", S("elif a: pass\n", n))
for n in (5967, 5968):
    case(f"assign_neg{n}", "x = ", S("-", n), "x")
for n in (5961, 5962):
    case(f"return_neg{n}", "def f():\n return ", S("-", n), "x")
for n in (5944, 5945):
    case(f"neg_call{n}", S("-", n), "x()")
for n in (2972, 2973):
    case(f"lambda_call{n}", S("lambda: ", n), "x()")
for n in (5965, 5966):
    case(f"neg_str{n}", S("-", n), "'s'")
# Decimal integer literals (sys.get_int_max_str_digits() == 4300).
case("int4300", "x = ", S("1", 4300))
case("int4301", "x = ", S("1", 4301))
case("int4301_underscore", "x = 1_", S("1", 4300))
case("int_hex_big", "x = 0x", S("1", 10000))
case("float_big", "x = ", S("1", 10000), ".0")
case("int_line2", "y = 2\nx = ", S("1", 5000), " + 1")
case("int_in_block", "if 1:\n  x = ", S("1", 5000), " + 1")
# NUL bytes.
case("nul", "x = 1\0")
case("nul_in_string", "x = '\0'")
# Which error wins.
ind100 = "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "pass\n"
case("syntax_then_paren", "x = = 1\n", S("(", 300), "\n")
case("paren_then_syntax", S("(", 300), "\nx = = 1\n")
case("syntax_then_indent", "x = = 1\n", ind100)
case("deep_then_syntax", S("-", 7000), "x\nx = = 1\n")
case("syntax_then_deep", "x = = 1\n", S("-", 7000), "x\n")
case("recursion_then_syntax", S("-", 4000), "x\nx = = 1\n")
case("recursion_then_return", S("-", 4000), "x\nreturn 1\n")
case("indent_then_paren", ind100, S("(", 300))
case("paren_then_indent", S("(", 300), "\n", ind100)
case("syntax_indent_paren", "x = = 1\n", ind100, S("(", 300))
case("syntax_paren_indent", "x = = 1\n", S("(", 300), "\n", ind100)
case("deep_then_paren", S("-", 7000), "x\n", S("(", 300))
case("paren_then_deep", S("(", 300), "\n", S("-", 7000), "x\n")
case("int_then_paren", "x = ", S("1", 5000), "\n", S("(", 300))
case("indent_then_int", ind100, "x = ", S("1", 5000), "\n")
case("int_then_indent", "x = ", S("1", 5000), "\n", ind100)
case("int_then_syntax", "x = ", S("1", 5000), "\nx = = 1\n")
case("syntax_then_int", "x = = 1\nx = ", S("1", 5000), "\n")
case("deep_then_int", S("-", 7000), "x\n", "x = ", S("1", 5000))
case("int_then_deep", "x = ", S("1", 5000), "\n", S("-", 7000), "x\n")
case("recursion_and_int", S("-", 4000), "x\n", "x = ", S("1", 5000))

def build(segs):
    return "".join(t * n for t, n in segs)

def expect(src):
    try:
        compile(src, "<corpus>", "exec")
        return ("OK", "", 0, 0, 0, 0)
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0)
    except (RecursionError, MemoryError) as e:
        return (type(e).__name__, str(e), 0, 0, 0, 0)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.tsv")
with open(out, "w", encoding="utf-8") as f:
    for name, segs in CASES:
        recipe = ",".join(f"{n}:{t.encode('utf-8').hex()}" for t, n in segs)
        row = (name, recipe) + expect(build(segs))
        assert not any("\t" in str(x) or "\n" in str(x) for x in row)
        f.write("\t".join(str(x) for x in row) + "\n")
print(f"wrote {len(CASES)} cases to {out}")
