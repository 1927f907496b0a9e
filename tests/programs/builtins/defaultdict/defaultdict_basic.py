# defaultdict: __missing__ with a factory, no factory, default_factory attribute.
from _collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, dict(d), len(d), 'c' in d, d.get('c'), 'c' in d)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print("KeyError:", e)
print(n.default_factory, d.default_factory, c.default_factory)
d.default_factory = set
d['s'].add(3)
print(d['s'], d)
d.default_factory = None
try:
    d['zz']
except KeyError as e:
    print("KeyError:", e)
print(defaultdict(lambda: 'dflt')[5], isinstance(d, dict), type(d).__name__, type(d).__module__)
print(d.__missing__ is not None, defaultdict(list).__missing__(3))
try:
    defaultdict(None).__missing__(3)
except KeyError as e:
    print("KeyError:", e)
