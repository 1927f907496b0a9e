# xfail: ast.parse (compile with PyCF_ONLY_AST) is not implemented yet in ouro.
import ast

print(ast.dump(ast.parse("x = 1")))
print(ast.dump(ast.parse("f(a, *b, k=1)", mode="eval")))
print(ast.literal_eval("[1, (2, 'a'), {3: None}]"))
