# defaultdict construction: dict arguments and keywords, factory checks.
from _collections import defaultdict
print(defaultdict(list, a=1), defaultdict(list, {1: 2}, a=1), defaultdict(None, [(1, 2)]))
print(defaultdict(default_factory=list))
for args in [(1,), (None, 1), (list, 1)]:
    try:
        defaultdict(*args)
    except TypeError as e:
        print("TypeError:", e)
d = defaultdict(int, x=1)
d.clear()
print(d, d.default_factory)
d.update({'q': 1}, r=2)
print(d, d.pop('q'), d.setdefault('s', 9), d)
print(defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1})
