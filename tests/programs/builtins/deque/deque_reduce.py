# deque and defaultdict __reduce__: the constructor arguments, state and item iterators that
# copy and pickle use; rebuilt by hand here.
from _collections import deque, defaultdict
def rebuild(r):
    cls, args, state, *rest = r
    obj = cls(*args)
    if state:
        obj.__dict__.update(state)
    if len(rest) > 0 and rest[0] is not None:
        for x in rest[0]:
            obj.append(x)
    if len(rest) > 1 and rest[1] is not None:
        for k, v in rest[1]:
            obj[k] = v
    return obj
d = deque([1, 2, 3])
r = d.__reduce__()
print(r[0], r[1], r[2], list(r[3]))
print(rebuild(d.__reduce__()), rebuild(deque('ab', 3).__reduce__()))
class D(deque):
    pass
s = D([1])
s.tag = 'x'
r = s.__reduce__()
print(r[0].__name__, r[1], r[2])
t = rebuild(r)
print(t, t.tag)
dd = defaultdict(list, {1: [2]})
r = dd.__reduce__()
print(r[0], r[1], r[2], r[3], list(r[4]))
print(rebuild(dd.__reduce__()), rebuild(defaultdict(None, a=1).__reduce__()))
