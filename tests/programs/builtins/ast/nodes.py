# _ast node construction: positional arguments in _fields order, keywords, missing fields
# left unset, attributes such as lineno, class-level None defaults, __reduce__, and errors.
import _ast

b = _ast.BinOp(1, _ast.Add(), 2)
print(b.left, type(b.op).__name__, b.right)
print(sorted(vars(b)))
b2 = _ast.BinOp(left=1, op=2, right=3, lineno=4, col_offset=5)
print(b2.lineno, b2.col_offset, b2.end_lineno, b2.end_col_offset)
p = _ast.BinOp(1)
print(vars(p))
try:
    p.right
except AttributeError as e:
    print("AttributeError", e)
a = _ast.arg("x")
print(a.arg, a.annotation, a.type_comment)
print(_ast.Return().value, _ast.ImportFrom().module, _ast.ImportFrom().level)
print(_ast.Constant(5).kind)
for make in [
    lambda: _ast.BinOp(1, 2, 3, 4),
    lambda: _ast.Load(1),
    lambda: _ast.Expr(1, 2),
    lambda: _ast.Name("x", _ast.Load(), 3),
    lambda: _ast.AST(1),
    lambda: _ast.BinOp(1, left=2),
]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
print(_ast.BinOp(1, op=2).__reduce__())
print(_ast.Load().__reduce__())
print(_ast.AST().__reduce__())
n = _ast.Name(id="v", ctx=_ast.Store(), foo=1)
print(n.id, type(n.ctx).__name__, n.foo)


class Custom(_ast.AST):
    _fields = ("a", "b")


c = Custom(1, b=2)
print(c.a, c.b)
try:
    Custom(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(hasattr(_ast, "PyCF_OPTIMIZED_AST"))
