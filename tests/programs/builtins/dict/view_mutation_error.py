d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
it = iter(d.items())
del d[1]
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
