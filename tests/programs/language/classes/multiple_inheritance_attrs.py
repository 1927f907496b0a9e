class Left:
    side = "left"
    def hello(self):
        return "left hello"
class Right:
    side = "right"
    def bye(self):
        return "right bye"
class Both(Left, Right):
    pass

b = Both()
print(b.side, b.hello(), b.bye())
print(Both.__bases__ == (Left, Right))
print(isinstance(b, Right), issubclass(Both, Left))
