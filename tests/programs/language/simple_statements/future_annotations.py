from __future__ import annotations
def f(x: UndefinedType) -> AlsoUndefined:
    return x
print(f.__annotations__, f(1))
class C:
    attr: list[Missing]
print(C.__annotations__)
