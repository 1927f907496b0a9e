# sys._getframe and f_back reach past native calls (map, sorted, properties, operators,
# generators resumed by next()) into the frames that made them, and warnings and
# traceback.print_stack see those frames.
import sys, warnings
def show():
    f = sys._getframe(1)
    out = []
    while f:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out
class P:
    @property
    def p(self):
        return show()
    def __getattr__(self, name):
        return show()
    def __lt__(self, o):
        return show()
    def __add__(self, o):
        return show()
def a():
    print(P().p)
    print(P().zzz)
    print(P() < 1)
    print(P() + 1)
    print(list(map(lambda x: show(), [0])))
    print(sorted([2, 1], key=lambda x: (show(), x)[1]))
    print(max(*[1, 2], key=lambda x: len(show())))
a()
def b(*args):
    return show()
print(b(*[1]))
def gen():
    yield show()
print(next(gen()))
print(list(gen()))
def warn():
    warnings.warn("careful", stacklevel=3)
def c():
    list(map(lambda x: warn(), [0]))
c()
import traceback
def st():
    traceback.print_stack(limit=4, file=sys.stdout)
list(map(lambda x: st(), [0]))
