def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
print(f(*"ab", *(1,), **{"x": 1}, **{"y": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def g(a, *, b=2): return a, b
print(g(1), g(1, b=3), g(a=0))
