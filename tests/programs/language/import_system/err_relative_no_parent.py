# xfail: not yet identical to CPython
from . import sibling
