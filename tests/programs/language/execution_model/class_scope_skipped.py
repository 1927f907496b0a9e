x = "module"
class C:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
    gen = list(x for _ in range(1))
print(C().method(), C().lam(), C.gen)
