# _collections._tuplegetter: the descriptor of namedtuple fields.
from _collections import _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, 'the y')
p = P((3, 4))
print(p.x, p.y, P.x.__doc__, repr(P.y))
print(type(P.__dict__['x']).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class Q(tuple):
    z = _tuplegetter(5, None)
try:
    Q((1,)).z
except IndexError as e:
    print("IndexError:", e)
try:
    _tuplegetter(0, 'd').__get__(1, int)
except TypeError as e:
    print("TypeError:", e)
g = _tuplegetter(1, 'doc')
print(g.__get__((7, 8)), g.__get__(None, tuple) is g)
for args in [(0,), ('a', 'x')]:
    try:
        _tuplegetter(*args)
    except TypeError as e:
        print("TypeError:", e)
