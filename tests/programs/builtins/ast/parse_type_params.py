# ast.parse of type parameters (PEP 695): type aliases, generic functions and classes.
import ast
src = '''
type Alias[T] = list[T]
type Plain = int
def f[T: (int, str), *Ts, **P](x: T) -> T: pass
class C[K, V: dict]: pass
@d
class D[ T ]:
    x: int
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
