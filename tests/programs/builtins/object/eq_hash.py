class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b)
print(hash(a) == hash(a))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
print(E(1) == E(1), E(1) != E(1), E(1) == E(2))
print(E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E(1)}
except TypeError as e:
    print(type(e).__name__, e)
class H(E):
    def __hash__(self): return self.v
print(hash(H(7)), {H(3)} == {H(3)})
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
