def deco(cls):
    cls.decorated = True
    return cls
def name_it(name):
    def d(cls):
        cls.label = name
        return cls
    return d
@deco
@name_it("lbl")
class A: pass
print(A.decorated, A.label)
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
from dataclasses import dataclass, field
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
print(P(1, 2), P(1) < P(2), P(1, 2) == P(1, 2))
