def f(a, b):
    return a + b

cases = [
    lambda: f(*1),
    lambda: f(**[1]),
    lambda: f(**{1: 2}),
    lambda: f(1, **{"a": 2}),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1}, **{"a": 2}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
