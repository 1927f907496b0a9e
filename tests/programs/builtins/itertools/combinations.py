# itertools.combinations and combinations_with_replacement.
import itertools
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations("ab", 3)), list(itertools.combinations("ab", 0)), list(itertools.combinations([], 0)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)), list(itertools.combinations_with_replacement("ab", 0)))
print(len(list(itertools.combinations_with_replacement(range(4), 3))))
for f in (itertools.combinations, itertools.combinations_with_replacement):
    for args in [([1],), ([1], -1), ([1], 'a')]:
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
