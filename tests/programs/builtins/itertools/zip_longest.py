# itertools.zip_longest: fill values, empty inputs, errors.
import itertools
print(list(itertools.zip_longest("ab", "c", fillvalue="-")))
print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest()))
print(list(itertools.zip_longest([], [])), list(itertools.zip_longest("ab")))
print(list(itertools.zip_longest(range(3), "xy", [True], fillvalue=0)))
try:
    itertools.zip_longest([1], fill=3)
except TypeError as e:
    print("TypeError:", e)
try:
    itertools.zip_longest(1)
except TypeError as e:
    print("TypeError:", e)
