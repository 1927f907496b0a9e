for t in (int, str, list, type, object):
    try:
        t.newattr = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list.map = lambda self, f: [f(x) for x in self]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "foo"
except TypeError as e:
    print(type(e).__name__, e)
