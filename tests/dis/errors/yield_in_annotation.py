from __future__ import annotations
def f(d: (yield)):
    pass
