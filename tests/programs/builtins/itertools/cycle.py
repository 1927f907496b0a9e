# itertools.cycle: repeats the saved items; empty input; errors.
import itertools
print(list(itertools.islice(itertools.cycle("abc"), 8)))
print(list(itertools.islice(itertools.cycle([]), 3)))
def gen():
    print("gen runs once")
    yield 1
    yield 2
print(list(itertools.islice(itertools.cycle(gen()), 5)))
for args, kw in [((), {}), ((1,), {}), (([1],), {'x': 2}), (([1], [2]), {})]:
    try:
        itertools.cycle(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
