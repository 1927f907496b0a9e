from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Shape:
    __match_args__ = ("kind",)
    def __init__(self, kind):
        self.kind = kind

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Shape("circle"):
            return "a circle"
        case Shape(kind=k):
            return "shape " + k
    return "elsewhere"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Shape("circle"), Shape("sq")]:
    print(where(p))
