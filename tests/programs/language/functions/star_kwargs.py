def f(**kw):
    return sorted(kw.items())

print(f())
print(f(a=1, b=2))
print(f(**{"x": 1}, y=2, **{"z": 3}))

def g(a, **kw):
    return a, kw

print(g(a=1, b=2))
print(g(1, **{"c": 3}))
