# itertools.compress and itertools.filterfalse.
import itertools
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress("abc", [1, 1, 1, 1, 1])), list(itertools.compress("abcdef", [0, 1])))
print(list(itertools.compress(data=range(5), selectors=[True, False, True])))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(bool, [0, 3])))
for f, args in [(itertools.compress, ([1],)), (itertools.filterfalse, (None,)),
                (itertools.filterfalse, (None, [1], 2)), (itertools.filterfalse, (None, 3))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
