# itertools.pairwise.
import itertools
print(list(itertools.pairwise("abcd")), list(itertools.pairwise("a")), list(itertools.pairwise([])))
p = itertools.pairwise(iter(range(4)))
print(next(p), next(p), next(p), next(p, 'end'), next(p, 'end'))
for args in [(), (1,), ([1], [2])]:
    try:
        itertools.pairwise(*args)
    except TypeError as e:
        print("TypeError:", e)
