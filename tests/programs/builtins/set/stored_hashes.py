# Building from a dict or set reuses the hashes stored with its keys: __hash__ is not called again.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


def count():
    return sum(e.hash_count for e in d)


for kind in (set, frozenset):
    d = dict.fromkeys(map(HashCountingInt, range(10)))
    print(kind.__name__, count())
    s = kind(d)
    print(count())
    s.difference(d)
    print(count())
    if hasattr(s, "symmetric_difference_update"):
        s.symmetric_difference_update(d)
        print(count(), s)
        s.symmetric_difference_update(d)
        print(count(), sorted(s))
        s.difference_update(set(d))
        print(count(), s)
    d2 = dict.fromkeys(set(d))
    print(count(), sorted(d2))
    d3 = dict.fromkeys(frozenset(d), 123)
    print(count(), sorted(d3.items())[:2])
    d4 = dict.fromkeys(d, "v")
    print(count(), list(d4.items())[:2])
s = {1}
s.symmetric_difference_update({"b": 1, 1: 2, "a": 3})
print(sorted(s, key=str))
