# _functools.partial: flattening of nested partials, reprs, subclasses.
from _functools import partial
inner = partial(int, base=2)
outer = partial(inner, '11')
print(outer, outer.func, outer.args, outer.keywords, outer())
print(repr(partial(print, sep='', end='\n', flush=False)))
print(repr(partial(len)), repr(partial(len, [1, 2])))
def f(*a, **k):
    return a, k
p = partial(f, 1)
p.attr = 1
q = partial(p, 2)
print(q.func is p, q.args, q())
class P(partial):
    pass
s = P(int, '7')
print(repr(s), s(), type(partial(s, base=8)).__name__, partial(s, base=8).func)
r = partial(f)
r2 = partial(f, r)
print(repr(r2).count('functools.partial'))
print(partial(f, **{'a b': 1}))
