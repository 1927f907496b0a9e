# ast.parse on definitions, loops, try/with, imports, comprehensions and lambdas, and on whole
# stdlib modules (a checksum of the dump with positions), compared with CPython 3.12.
import ast
import os

SOURCE = '''
import os.path as p, sys
from .. import a as b, c
@dec
@other(1)
# comment
async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    global g
    for i in range(3):
        await x
    else:
        pass
    async with a as (b, c), d:
        yield
    y = yield from z
class C(B, metaclass=M):
    x: int = 1
    (y): str
    def g(self): return lambda q, *r: q if r else (w := 2)
while True:
    try:
        del a[0], b.c
    except (E, F) as e:
        raise X from e
    except E2:
        continue
    else:
        assert a, "m"
    finally:
        break
xs = [i * j for i in a if i for j in b]
s = {k for k in d}
m = {k: v for k, v in d.items()}
t = sum(x for x in y)
u = list((x async for x in y))
'''
print(ast.dump(ast.parse(SOURCE), include_attributes=True, indent=1))


def checksum(text):
    # str hashes are CPython's (SipHash-1-3 keyed by PYTHONHASHSEED=0 in the test run).
    return hash(text) & 0xFFFFFFFF


lib = os.path.dirname(os.__file__)
for name in ["keyword.py", "colorsys.py", "bisect.py", "heapq.py", "copy.py", "glob.py", "textwrap.py", "functools.py", "dataclasses.py", "inspect.py", "argparse.py"]:
    with open(os.path.join(lib, name), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    dump = ast.dump(tree, include_attributes=True)
    print(name, len(tree.body), len(dump), checksum(dump))
