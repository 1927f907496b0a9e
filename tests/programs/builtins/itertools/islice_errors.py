# itertools.islice: argument errors with CPython's messages.
import itertools
cases = [(), ([1],), ([1], 'a'), ([1], -1), ([1], 0, 'a'), ([1], 'a', 3), ([1], -2, 3),
         ([1], 0, 3, 0), ([1], 0, 3, 'x'), ([1], 0, 3, -1), ([1], 0, 3, 1, 5), ([1], 2**100),
         (1, 3)]
for args in cases:
    try:
        itertools.islice(*args)
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.islice([1], 1, stop=2)
except TypeError as e:
    print("TypeError:", e)
