def f(a, b, /, c, *, d): return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {"d": 1}), ((1, 2), {"c": 3, "d": 4, "e": 5}), ((1,), {"b": 2, "c": 3, "d": 4}), ((1, 2, 3), {"c": 3, "d": 4})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
def g(): pass
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(x, y=1): pass
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
