def target(a, b, *args, c=0, **kw):
    return (a, b, args, c, sorted(kw.items()))

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1, 2))
print(forward(1, 2, 3, c=4, d=5))
print(forward(*range(4), **{"c": 9, "z": 1}))
