class EqOnly:
    def __eq__(self, o):
        return True

class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)

print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
s = {Both(1), Both(1), Both(2)}
print(len(s))
class Sub(Both):
    def __eq__(self, o):
        return False
print(Sub.__hash__)
class Explicit(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Explicit())).__name__)
