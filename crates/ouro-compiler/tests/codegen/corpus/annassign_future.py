from __future__ import annotations
x: int
y: list[int] = []
z: 'str'
