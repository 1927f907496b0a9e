import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2

def f(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case Color.RED:
            return "red"
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case (1, _, 3):
            return "tuple 1?3"
        case {"k": _}:
            return "has k"
    return "nothing"

for v in [None, True, 1, Color.RED, Color.BLUE, "b", (1, 9, 3), [1, 0, 3], {"k": 0, "j": 1}, 3.0]:
    print(repr(v), "->", f(v))
