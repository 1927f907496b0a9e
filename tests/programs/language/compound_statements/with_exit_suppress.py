class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
def f():
    with Suppress(KeyError):
        {}["x"]
        print("not reached")
    return "continued"
print(f())
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
