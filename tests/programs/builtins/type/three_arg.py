C = type("C", (), {"x": 1, "m": lambda self: self.x + 1})
c = C()
print(C.__name__, C.__qualname__, C.__bases__, c.x, c.m())
print(C.__module__)
D = type("D", (C,), {})
print(D.__mro__ == (D, C, object))
print(D().m())
try:
    type("E", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("E", (), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (int, str), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
