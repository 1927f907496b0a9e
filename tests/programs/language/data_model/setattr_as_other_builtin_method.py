# A heap type's __setattr__/__delattr__ that is some other built-in method (dict.__setitem__)
# is called, not taken for object's generic one.
class X(dict):
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
    __neg__ = dict.copy
x = X()
x.y = 42
print(x["y"], x == -x, type(-x).__name__)
del x.y
print(x)
try:
    del x.z
except KeyError as e:
    print("KeyError", e)
