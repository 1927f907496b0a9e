import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color), Color.RED.name, Color.RED.value)
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
class F(enum.IntFlag):
    A = 1
    B = 2
    C = 4
print(F.A | F.C, repr(F.A | F.B), F(7), int(F.B), F.A in (F.A | F.B))
class S(enum.StrEnum):
    X = enum.auto()
    Y = enum.auto()
print(S.X, S.Y.upper(), list(S))
