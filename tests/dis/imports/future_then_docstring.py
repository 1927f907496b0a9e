"""Doc."""
from __future__ import annotations
import sys
# xfail: not yet identical to CPython
