# `**mapping` with keys that are not strings is refused by every call ("keywords must be
# strings"); setdefault looks its key up once (one __eq__); an __eq__ that shrinks the dict
# being merged makes update raise "dict mutated during update".
class Custom(dict):
    pass


def kw(**k):
    return k


for invalid in {1: 2}, Custom({1: 2}):
    for f in (
        lambda: dict(**invalid),
        lambda: {}.update(**invalid),
        lambda: dict(a=1, **invalid),
        lambda: print(**invalid),
        lambda: kw(**invalid),
        lambda: Custom(**invalid),
    ):
        try:
            print(f())
        except TypeError as e:
            print("TypeError", e)
print(kw(**{"a": 1}, **Custom(b=2)))


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)


h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h1, 0), y.setdefault("new"), y.setdefault("new", 1), len(y))


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(other))
