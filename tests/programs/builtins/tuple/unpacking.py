a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
x, = (7,)
print(x)
(p, q), r = "ab", "c"
print(p, q, r)
t = 1, 2, 3
print(t, type(t).__name__)
print((*t, *t), (*t,), (*"ab", 0))
def f(*args):
    return args
print(f(), f(1), f(*t), type(f()).__name__)
