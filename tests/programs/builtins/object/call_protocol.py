class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a))
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __getattr__(self, name):
        return lambda *args: f"{name}{args}"
print(Chain().anything(1, 2), Chain().x())
