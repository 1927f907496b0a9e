# Comparing containers that hold themselves, or nest very deeply, raises RecursionError "in
# comparison" at the recursion limit instead of overflowing the stack (CPython:
# PyObject_RichCompare counts each level); hashing deep tuples and frozensets still works.
import collections
def tryit(name, f):
    try:
        r = f()
        print(name, "->", r if not isinstance(r, str) else r[:20])
    except RecursionError as e:
        print(name, "RecursionError", e)
x = {}; x['foo'] = x
y = {}; y['foo'] = y
tryit("dict.__eq__", lambda: x.__eq__(y))
d1 = collections.deque(); d1.append(d1)
d2 = collections.deque(); d2.append(d2)
tryit("deque", lambda: d1 == d2)
o1 = collections.OrderedDict(); o1['a'] = o1
o2 = collections.OrderedDict(); o2['a'] = o2
try:
    o1 == o2
except RecursionError:
    print("odict RecursionError")
t1 = (); t2 = ()
for i in range(100000):
    t1 = (t1,); t2 = (t2,)
tryit("deep tuple", lambda: t1 == t2)
tryit("deep tuple lt", lambda: t1 < t2)
tryit("deep tuple hash", lambda: hash(t1))
l1 = []; l2 = []
for i in range(100000):
    l1 = [l1]; l2 = [l2]
tryit("deep list", lambda: l1 == l2)
tryit("deep list repr", lambda: repr(l1))
s1 = frozenset()
for i in range(100000):
    s1 = frozenset([s1])
tryit("deep frozenset hash", lambda: hash(s1) is not None)
tryit("deep frozenset eq", lambda: s1 == frozenset([s1]))
