d = {"name": "x", "n": 3, "f": 2.5}
print("%(name)s has %(n)d items at %(f).2f" % d)
print("%(name)r %(n)05d %(f)e" % d)
print("%(name)s %(name)s" % d, "%(n)x" % d, "no keys" % d, "%%(name)s" % d)
class M:
    def __getitem__(self, k): return k.upper()
print("%(abc)s %(x y)s" % M())
print("%(a)s" % {"a": "(paren)"}, "%((a))s" % {"(a)": 1})
try:
    "%(missing)s" % d
except KeyError as e:
    print(type(e).__name__, e)
