# _functools.partial does not bind as a method; _lru_cache_wrapper and functions do.
from _functools import partial, _lru_cache_wrapper
def show(*a):
    return a
class A:
    p = partial(show, 'p')
    f = show
    c = _lru_cache_wrapper(show, 4, False, tuple)
a = A()
print(a.p(1), a.f(1)[1:], a.c(1)[1:], A.p(2), A.c(3))
print(type(A.__dict__['p']).__name__, type(a.c).__name__)
