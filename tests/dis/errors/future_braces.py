# xfail: not yet identical to CPython
from __future__ import braces
