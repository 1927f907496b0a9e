for f in (frozenset(), frozenset({1}), frozenset({1, 2}), frozenset("abc"), frozenset({(1, 2), None}), frozenset(range(100))):
    print(sorted(f, key=repr)[:5], hash(f))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
