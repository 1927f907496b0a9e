# _collections._count_elements: counting into dicts and mappings.
from _collections import _count_elements
d = {}
_count_elements(d, "abracadabra")
print(d)
_count_elements(d, ["a", "z"])
print(d)
class M(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
m = M()
_count_elements(m, "aab")
print(m)
for args in [(), ({},), ({}, 1)]:
    try:
        _count_elements(*args)
    except TypeError as e:
        print("TypeError:", e)
