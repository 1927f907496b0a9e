from __future__ import annotations
def f(a: int, b: list[str]) -> dict[str, int]:
    pass
