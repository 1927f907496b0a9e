# ast.parse in exec and eval modes, and ast.literal_eval (which parses in eval mode).
import ast

print(ast.dump(ast.parse("x = 1")))
print(ast.dump(ast.parse("f(a, *b, k=1)", mode="eval")))
print(ast.literal_eval("[1, (2, 'a'), {3: None}]"))
