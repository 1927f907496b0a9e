# defaultdict: __init__ again, factory errors, operators with other types.
from _collections import defaultdict
dd = defaultdict(int, a=1)
dd.__init__(list, b=2)
print(dd)
for f in (lambda: defaultdict(int) | [], lambda: [] | defaultdict(int), lambda: hash(defaultdict()),
          lambda: defaultdict.__missing__({}, 1), lambda: defaultdict(int, 1, 2),
          lambda: defaultdict(lambda: 1 / 0)[1], lambda: defaultdict(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = defaultdict(list)
try:
    d[[]]
except TypeError as e:
    print("TypeError:", e)
print(d, defaultdict.fromkeys('ab'), defaultdict(int, a=1).popitem(), {**defaultdict(int, a=1)})
