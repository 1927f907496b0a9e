# _functools.partial: positional and keyword application, attributes, errors.
from _functools import partial
p = partial(int, base=2)
print(p('101'), p('11', base=10), p.func, p.args, p.keywords)
add = partial(lambda *a, **k: (a, k), 1, 2, x=3)
print(add(4, y=5), add(x=9))
print(partial(max, 1, key=abs)(-5, key=None), partial(print, sep='-')('a', 'b'))
for args in [(), (1,)]:
    try:
        partial(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    partial(func=int)
except TypeError as e:
    print("TypeError:", e)
try:
    p.func = 3
except AttributeError as e:
    print("AttributeError:", e)
p.note = 'hi'
print(p.note, p.__dict__)
try:
    partial(int)(x=1)
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, type(p).__module__, callable(p))
