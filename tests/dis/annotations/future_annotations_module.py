from __future__ import annotations
x: list[int] = []
def f(a: dict[str, int]) -> None:
    y: int = 1
class C:
    z: C | None = None
