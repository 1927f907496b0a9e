# itertools.groupby: groups, key functions, groups invalidated by advancing.
import itertools
print([(k, list(g)) for k, g in itertools.groupby("aabbbcaa")])
print([(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in itertools.groupby([])], [(k, ''.join(g)) for k, g in itertools.groupby("AaBb", str.lower)])
groups = list(itertools.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = itertools.groupby("aaab")
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g2).__name__, type(it).__name__)
print([(k, len(list(g))) for k, g in itertools.groupby(iterable=[1, 1, 2], key=None)])
for args in [(), ([1], lambda x: x, 3), (1,)]:
    try:
        itertools.groupby(*args)
    except TypeError as e:
        print("TypeError:", e)
