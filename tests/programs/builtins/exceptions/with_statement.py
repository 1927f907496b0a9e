class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with CM(False) as v:
    print("body", v)
with CM(True):
    raise ValueError("suppressed")
try:
    with CM(False):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
