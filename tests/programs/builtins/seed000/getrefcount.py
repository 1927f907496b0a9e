# Seed note 000: sys.getrefcount of a new object, while a list collects it, after del.
import sys

class SomeType:
    pass

another_object = SomeType()
print(sys.getrefcount(another_object))

lst = []
for _ in range(5):
    lst.append(another_object)
    print(sys.getrefcount(another_object))

del lst
print(sys.getrefcount(another_object))
