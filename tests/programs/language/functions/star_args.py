def f(*args):
    return args

print(f())
print(f(1, 2, 3))
print(f(*[4, 5], *(6,), 7))
print(f(*"ab", *range(3)))

def g(a, *rest):
    return a, rest

print(g(1), g(1, 2, 3))
