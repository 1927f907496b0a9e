class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"point {self.x}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"P<{format(self.x, spec)}>"

p = P(3.14159)
print(p, repr(p), str(p), [p], f"{p}", f"{p!r}", f"{p:.2f}", format(p, "8.1f"))
print("%s %r" % (p, p))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}")
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)
