# itertools.tee: independent iterators, copies, a tee of a tee, errors.
import itertools
a, b = itertools.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
x, y, z = itertools.tee("abc", 3)
print(list(x), list(y), list(z))
print(itertools.tee([1], 0), len(itertools.tee([1])))
a, = itertools.tee(range(200), 1)
next(a)
c = a.__copy__()
print(sum(a), sum(c))
t1, t2 = itertools.tee(iter([1, 2, 3]))
next(t1)
u1, u2 = itertools.tee(t1)
print(u1 is t1, list(u1), list(u2), list(t2))
print(type(t1).__name__, type(t1).__module__)
big1, big2 = itertools.tee(range(1000))
print(sum(big1), sum(big2))
for args in [(), ([1], -1), ([1], 'a'), (1,)]:
    try:
        itertools.tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
