# _functools.cmp_to_key: sorting with a comparison function, key objects.
from _functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
rev = cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=rev), sorted("banana", key=cmp_to_key(cmp)))
k1, k2 = rev(1), rev(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= rev(1), k1.obj)
print(min([5, 9, 2], key=cmp_to_key(cmp)), max("abc", key=cmp_to_key(cmp)))
try:
    k1 < 2
except TypeError as e:
    print("TypeError:", e)
try:
    hash(k1)
except TypeError:
    print("unhashable")
try:
    rev()
except TypeError as e:
    print("TypeError:", e)
try:
    cmp_to_key()
except TypeError as e:
    print("TypeError:", e)
print(type(rev).__name__, type(k1).__name__, callable(rev))
