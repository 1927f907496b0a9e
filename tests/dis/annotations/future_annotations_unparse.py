# Postponed annotations are rendered from the tree: quotes, spacing, parentheses, literals.
from __future__ import annotations
def f(a: lambda: 1, b: 1 + 2, c: f"x{1}") -> [int, str]:
    pass
def g(a: "str", b: 'it''s', c: u"x", d: b"q", e: 1e400, f: 3j, g: -1e400j) -> (int, str):
    pass
def h(a: x if y else z, b: (lambda x, /, y=2, *a, k, m=3, **kw: x), c: not a and b or c) -> x[1:2, ::3]:
    pass
def k(b: {1: 2, **d}, c: {1, 2}, d: [i for i in x if i for j in y], e: {k: v for k, v in z}) -> q:
    pass
def m(a: f(x for x in y), b: f(*a, b=1, **c), c: 1 .real, d: a ** -b ** c, e: (-a) ** b, f: a - (b - c), g: (a, ), h: ()) -> x:
    pass
def n(a: f"{x!r:>{w}} {y=} {{z}} {'a' 'b'}", b: x[()], c: x[a, b], d: ~x, *e: *a) -> a < b <= c is not d not in e:
    pass
x: List[int] = []
y: "Dict[str, int]"
z: (a, b)
