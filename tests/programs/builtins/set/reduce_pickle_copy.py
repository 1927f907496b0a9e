# set.__reduce__ keeps the class and the instance dict, so subclasses pickle and deep-copy.
import copy
import pickle


class S(set):
    pass


class F(frozenset):
    pass


print(set([3, 1, 2]).__reduce__())
print(frozenset([5]).__reduce_ex__(2))
s = S([1, 2])
s.x = ["x"]
r = s.__reduce__()
print(r[0].__name__, sorted(r[1][0]), r[2])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in (S("abc"), F("xyz"), {1, (2, 3)}, frozenset([4])):
        dup = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(dup).__name__, dup == obj)
    dup = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(dup).__name__, sorted(dup), dup.x)


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


for kind in (set, frozenset, S, F):
    t = Tracer(10)
    dup = copy.deepcopy(kind([t]))
    (new,) = dup
    print(kind.__name__, type(dup).__name__, new is t, new.value)
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset(["a"])))
print(set().__sizeof__(), set(range(5)).__sizeof__(), set(range(6)).__sizeof__())
print(frozenset(range(100)).__sizeof__(), S(range(20)).__sizeof__())
