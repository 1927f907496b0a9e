# itertools.batched: tuples of n items, a shorter last batch, errors.
import itertools
print(list(itertools.batched("abcdefg", 3)))
print(list(itertools.batched(range(6), 2)), list(itertools.batched([], 4)), list(itertools.batched("ab", 5)))
print(list(itertools.batched(iterable=[1, 2, 3], n=1)))
b = itertools.batched(iter([1, 2, 3]), 2)
print(next(b), next(b), next(b, 'done'))
for args in [('abc',), ('abc', 0), ('abc', 'x'), (1, 2)]:
    try:
        itertools.batched(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
