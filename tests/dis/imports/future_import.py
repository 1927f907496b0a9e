from __future__ import annotations
def f(x: int) -> str:
    return str(x)
