# itertools.permutations: orders, r larger than n, r=0, errors.
import itertools
print(list(itertools.permutations(range(3))))
print(list(itertools.permutations("abcd", 2)))
print(list(itertools.permutations("ab", 3)), list(itertools.permutations("ab", 0)), list(itertools.permutations([])))
print(len(list(itertools.permutations(range(5)))), list(itertools.permutations(iterable="xy", r=None)))
for args in [(), ([1], -1), ([1], 'a'), ([1], 1.0), (1,)]:
    try:
        itertools.permutations(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
