from collections import (
    deque,
    defaultdict,
    namedtuple as nt,
)
# xfail: not yet identical to CPython
