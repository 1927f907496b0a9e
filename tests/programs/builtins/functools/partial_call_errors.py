# _functools: calling partials and key objects with wrong arguments.
from _functools import partial, reduce, cmp_to_key
for f in (lambda: partial(1 .__add__, 2)(), lambda: partial(lambda: 1)(5), lambda: reduce(None, [1, 2]),
          lambda: reduce(lambda a, b: a, None), lambda: cmp_to_key(None)(1) < cmp_to_key(None)(2),
          lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2),
          lambda: cmp_to_key(len, 1), lambda: partial(lambda a, b: a - b, b=1)(5),
          lambda: partial(partial(lambda *a, **k: (a, k), 1, x=1), 2, x=2, y=3)()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(partial.__name__, partial.__qualname__, partial.__module__, repr(partial(partial)))
