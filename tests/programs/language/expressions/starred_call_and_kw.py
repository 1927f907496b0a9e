def f(*a, **k):
    return a, k
args = [1, 2]
kw = {"x": 1}
print(f(*args, 3, *args, y=2, **kw))
print(f(*(), **{}))
print(f(0, *[1], *(2,), **{"a": 1}, b=2, **{"c": 3}))
