# Setting or deleting attributes of objects without a __dict__: read-only class attributes,
# missing names, empty slots.
class A:
    __slots__ = ()
class B:
    y = 0
    __slots__ = ('z',)
for f in (lambda: A().x, lambda: B().x, lambda: B().z):
    try:
        f()
    except AttributeError as e:
        print("get:", e)
for obj, name in ((A(), "x"), (B(), "x"), (B(), "y"), (B(), "z"), (object(), "q"), (1, "real"), (1, "nope")):
    try:
        delattr(obj, name)
    except AttributeError as e:
        print("del:", e)
    try:
        setattr(obj, name, 0)
        print("set ok", name)
    except AttributeError as e:
        print("set:", e)
