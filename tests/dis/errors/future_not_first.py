# xfail: not yet identical to CPython
x = 1
from __future__ import annotations
