print(type(1), type("s"), type([]), type(type), type(None))
print(int.__name__, int.__qualname__, int.__module__, list.__bases__, object.__bases__)
print(bool.__mro__)
print(isinstance(int, type), isinstance(type, object), issubclass(type, object))
class A:
    pass
print(A.__module__, A.__name__, A.__bases__, type(A).__name__, str(A), repr(int))
