# ast.parse on the statements and expressions ouro maps so far: dump with positions
# (columns in UTF-8 bytes), elif chains, constants, eval mode, syntax errors.
import ast

SOURCES = [
    "x = 1",
    "f(a, *b, k=1, **kw)\n",
    "if a:\n    pass\nelif b > 2 < c:\n    x.y[1:2] += -3\nelse:\n    return (1, 'é', b'x', None, ...)\n",
    "a and b or not c\n{1: 2, **d}\n[1, 2.5, 3j]\n{x}",
    "s = 'a' 'b'\nu'x'",
    "x = 123456789012345678901234567890",
    "é = [0o17, 0x_ff, 1_000]; del_ = x[::2]\nbreak\ncontinue",
    "a, *b = c @ d // e ** -f",
]
for src in SOURCES:
    print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse("a + b", mode="eval")))
print(ast.dump(ast.parse("x = 1"), indent=1))
for bad in ["x = = 1", "(1,", "a +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
tree = ast.parse("y = 2")
print(type(tree).__name__, type(tree.body[0].targets[0].ctx).__name__)
print(ast.unparse(ast.parse("if a:\n    b = c[1:2]\nelif d:\n    pass")))
