# itertools.starmap: tuples, other iterables as argument lists, errors.
import itertools
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.starmap(lambda *a: a, ["ab", [1, 2, 3], ()])))
print(list(itertools.starmap(max, [range(3), {5, 1}])))
try:
    list(itertools.starmap(pow, [1]))
except TypeError as e:
    print("TypeError:", e)
for args in [(pow,), ()]:
    try:
        itertools.starmap(*args)
    except TypeError as e:
        print("TypeError:", e)
