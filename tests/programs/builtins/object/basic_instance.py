o = object()
print(type(o) is object)
print(type(o).__name__)
print(isinstance(o, object))
print(o == o, o != o)
print(o == object())
print(bool(o))
print(hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__qualname__, object.__module__)
print(object.__bases__, object.__mro__)
