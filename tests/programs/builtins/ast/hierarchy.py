# The _ast class hierarchy: abstract classes, concrete nodes, _fields/_attributes/__match_args__,
# __module__ and __doc__, as CPython 3.12 defines them.
import _ast

classes = sorted(n for n in dir(_ast) if not n.startswith("_") and isinstance(getattr(_ast, n), type))
print(len(classes))
for name in classes:
    cls = getattr(_ast, name)
    base = cls.__bases__[0].__name__ if cls is not _ast.AST else "-"
    print(name, base, cls._fields, cls._attributes, cls.__match_args__)
print(_ast.AST.__module__, _ast.BinOp.__module__, _ast.BinOp.__name__, _ast.BinOp.__qualname__)
print(_ast.BinOp.__doc__)
print(_ast.operator.__doc__)
print(isinstance(_ast.BinOp(), _ast.expr), isinstance(_ast.BinOp(), _ast.stmt))
print(issubclass(_ast.If, _ast.stmt), issubclass(_ast.Add, _ast.operator))
print(issubclass(_ast.ExceptHandler, _ast.excepthandler), issubclass(_ast.MatchAs, _ast.pattern))
print([c.__name__ for c in _ast.Module.__mro__])
print(_ast.AST._fields, _ast.AST._attributes, type(_ast.AST).__name__)


def kind(node):
    match node:
        case _ast.BinOp(left, _ast.Add(), right):
            return f"add {left} {right}"
        case _ast.Name(id):
            return f"name {id}"
        case _:
            return "other"


print(kind(_ast.BinOp(1, _ast.Add(), 2)), kind(_ast.Name("q")), kind(_ast.Pass()))
