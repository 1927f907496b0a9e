from __future__ import annotations
def f(a: lambda: 1, b: 1 + 2, c: f"x{1}") -> [int, str]:
    pass
