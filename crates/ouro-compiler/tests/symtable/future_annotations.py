from __future__ import annotations
def f(x: Foo, *a: Bar, **k: Baz) -> Qux:
    y: Local = 1
    return y
class C:
    attr: Typ
    other: Typ2 = 3
z: Mod = 1
