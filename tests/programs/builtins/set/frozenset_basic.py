f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(frozenset(), frozenset("aab"), frozenset(range(3)) == {0, 1, 2})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print({f: "key"}[frozenset({1, 2, 3})])
print(frozenset() is frozenset(), frozenset(f) is f)
