def init(self, v):
    self.v = v

Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2})
p = Point(21)
print(type(p).__name__, p.double())
Sub = type("Sub", (Point,), {"kind": "sub"})
print(Sub(1).kind, Sub.__mro__[1].__name__, Sub.__name__)
print(type(type), type(object), type(1).__name__)
