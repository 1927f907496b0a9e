# Seed note 000: the refcount cells, repeated to show they return to the start value.
import sys

class SomeType:
    pass

another_object = SomeType()
counts = []
for round_ in range(3):
    lst = []
    for _ in range(5):
        lst.append(another_object)
        counts.append(sys.getrefcount(another_object))
    del lst
    counts.append(sys.getrefcount(another_object))
print(counts)
print(sys.getrefcount(another_object) >= 2)
d = {i: another_object for i in range(3)}
print(sys.getrefcount(another_object))
d.clear()
print(sys.getrefcount(another_object))
t = (another_object,) * 4
print(sys.getrefcount(another_object))
