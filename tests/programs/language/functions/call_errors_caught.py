def f(a, b):
    pass

def g(*, k):
    pass

def h(x, /):
    pass

cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, b=3),
    lambda: f(1, c=2),
    lambda: g(1),
    lambda: g(),
    lambda: h(x=1),
    lambda: f(),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
