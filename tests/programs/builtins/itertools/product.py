# itertools.product: several iterables, repeat, empty pools, errors.
import itertools
print(list(itertools.product("ab", range(2))))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product()), list(itertools.product("ab", [])), list(itertools.product("ab", repeat=0)))
print(len(list(itertools.product(range(3), repeat=3))), list(itertools.product([1], [2], [3])))
for kw in [{'repeat': -1}, {'foo': 1}, {'repeat': 'a'}]:
    try:
        itertools.product([1], **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.product(1)
except TypeError as e:
    print("TypeError:", e)
