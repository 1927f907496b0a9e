# _functools._lru_cache_wrapper: hits, misses, eviction order, typed keys, methods, clearing.
from _functools import _lru_cache_wrapper
class Info(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
calls = []
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)
w = _lru_cache_wrapper(f, 2, False, Info)
print(w(1), w(1), w(2), w(1), w(3), w(2), w(1))
print(w.cache_info(), calls)
w.cache_clear()
print(w.cache_info(), w(1), w(x=1), w(x=1), w(1, x=1))
t = _lru_cache_wrapper(f, None, True, Info)
print(t(1), t(1.0), t(1), t(True), t.cache_info())
u = _lru_cache_wrapper(f, None, False, Info)
print(u(1), u(1.0), u(True), u('a'), u('a'), u.cache_info())
z = _lru_cache_wrapper(f, 0, False, Info)
print(z(5) != z(5), z.cache_info())
def fib(n):
    return n if n < 2 else fib_c(n - 1) + fib_c(n - 2)
fib_c = _lru_cache_wrapper(fib, None, False, Info)
print(fib_c(80), fib_c.cache_info())
class C:
    def m(self, x):
        return (self.__class__.__name__, x)
    m = _lru_cache_wrapper(m, 10, False, Info)
c = C()
print(c.m(3), c.m(3), C.m.cache_info(), C.m(c, 3))
w.extra = 5
print(w.extra, w.__dict__, type(w).__name__, type(w).__module__)
for args in [(1, None, False, Info), (f, 1.5, False, Info), (f, None)]:
    try:
        _lru_cache_wrapper(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    w([])
except TypeError as e:
    print("TypeError:", e)
print(w.__copy__() is w, w.__deepcopy__({}) is w)
