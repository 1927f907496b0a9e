# itertools.islice: stop, start/stop/step, None arguments, laziness.
import itertools
print(list(itertools.islice("abcdefg", 3)), list(itertools.islice("abcdefg", 2, 5)))
print(list(itertools.islice("abcdefg", 1, None, 2)), list(itertools.islice("abcdefg", None)))
print(list(itertools.islice("abcdefg", None, None, 3)), list(itertools.islice("abc", 10)))
print(list(itertools.islice(range(100), 95, 200, 2)), list(itertools.islice("abc", 5, 9)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), next(it))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
print(list(itertools.islice(squares(), 5, 10)))
print(list(itertools.islice(itertools.count(), 0)))
print(list(itertools.islice(range(10), True, 5.0.__int__(), 2)))
