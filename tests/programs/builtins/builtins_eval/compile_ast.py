# compile() of AST objects: transformed trees run, the node class must suit the mode.
import ast
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
tree = Double().visit(ast.parse("x = 1 + 2\ny = [3, 'a']\ndef f(a):\n    return a * 5\nz = f(x)"))
ns = {}
exec(compile(tree, "<tree>", "exec"), ns)
print(ns["x"], ns["y"], ns["z"])
e = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Name("q", ast.Load())))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval"), {"q": 7}))
for src, mode in ((ast.parse("x"), "eval"), (ast.Expression(ast.Constant(1)), "exec"), (ast.Name("x"), "eval")):
    try:
        compile(src, "<x>", mode)
    except TypeError as err:
        print(type(err).__name__, err)
t = ast.parse("a")
print(compile(t, "<x>", "exec", ast.PyCF_ONLY_AST) is t)
for bad in (0x100, 0x8000, 1):
    try:
        compile("1", "<x>", "eval", bad)
    except ValueError as err:
        print(bad, err)
for opt in (-2, 3):
    try:
        compile("1", "<x>", "eval", optimize=opt)
    except ValueError as err:
        print(opt, err)
print(eval(compile("1 + 1", "<x>", "eval", 0x20000 | 0x10, optimize=2)))
