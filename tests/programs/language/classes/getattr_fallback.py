class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

l = Lazy()
print(l.real, l.auto_hello)
try:
    l.missing
except AttributeError as e:
    print(e)
print(getattr(l, "missing", "default"), hasattr(l, "auto_x"))
