class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def f(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return yy
        case Point(a, b):
            return a + b
        case int() | float():
            return "number"
