import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"].value)
print([c.name for c in Color], len(Color))

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W))
