class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

with CM("a") as v:
    print("body", v)
with CM("b", swallow=True):
    raise KeyError("k")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
with CM("x") as x, CM("y") as y:
    print(x, y)
