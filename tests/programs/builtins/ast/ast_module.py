# The pure-Python ast module over hand-built nodes: dump, walk, iter_fields, NodeVisitor,
# NodeTransformer, copy_location, fix_missing_locations, unparse.
import ast

tree = ast.Module(
    body=[
        ast.Assign(
            targets=[ast.Name("x", ast.Store())],
            value=ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("y", ast.Load())),
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("x", ast.Load())], [])),
    ],
    type_ignores=[],
)
print(ast.dump(tree))
print(ast.dump(tree, indent=2))
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([name for name, _ in ast.iter_fields(tree.body[0])])
ast.fix_missing_locations(tree)
print(tree.body[0].lineno, tree.body[0].col_offset, tree.body[1].value.lineno)
print(ast.dump(tree.body[0], include_attributes=True))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)


v = Names()
v.visit(tree)
print(v.seen)


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)


tree = Rename().visit(tree)
print(ast.unparse(tree))
print(isinstance(ast.Constant(1), ast.AST), ast.Constant(3).value)
