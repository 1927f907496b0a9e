# A dict iterator that finds more entries than the dict had (a key deleted and added again)
# raises "dictionary keys changed during iteration"; a change of size is reported at every
# later next(); __length_hint__ counts the items still to come.
d = {0: 0}
try:
    for i in d:
        del d[0]
        d[0] = 0
except RuntimeError as e:
    print("keys", e)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("size", e)
    except StopIteration:
        print("stop")
d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
d[4] = 4
print(it.__length_hint__())
del d[4]
print(it.__length_hint__(), list(it))
d = {0: 0}
it = iter(d.values())
del d[0]; d[0] = 1
print(it.__length_hint__())
try:
    print(it.__reduce__())
except RuntimeError as e:
    print("reduce", e)
try:
    next(it)
except RuntimeError as e:
    print("next", e)
try:
    next(it)
except StopIteration:
    print("stop after")
