def f(x: Foo, *a: Bar, **k: Baz) -> Qux:
    y: Local = 1
    w: Other
    return y
class C:
    attr: Typ
    other: Typ2 = 3
z: Mod = 1
(p): int
(q): int = 3
a.b: int
