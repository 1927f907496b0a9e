d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
print(sorted(d), sum(d.values()), max(d, key=d.get), [*d], {**d})
def f(**kw):
    return kw
print(f(**d), f(**d, z=3))
try:
    f(**d, x=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
