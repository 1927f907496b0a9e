import ast
tree = compile("x + 1", "<a>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(eval(compile(tree, "<a>", "eval"), {"x": 41}))
mod = ast.parse("y = 2 * 3")
ns = {}
exec(compile(mod, "<ast>", "exec"), ns)
print(ns["y"])
c = compile("def f(): pass", "<f>", "exec", dont_inherit=True)
print(c.co_filename, c.co_name)
try:
    compile("1", "<x>", "eval", 0x7fffffff)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("\x00", "<x>", "eval")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
print(compile("1\n", "f", "exec", optimize=2).co_filename)
