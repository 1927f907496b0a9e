# ast.parse of match statements: every pattern kind, guards, positions.
import ast
src = '''
match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case {"a": 1, **kw}:
        pass
    case None | True | -1 | 1+2j | a.b.c | "s" as name:
        pass
    case (x, [y, *_]) | _:
        pass
    case {}:
        pass
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
