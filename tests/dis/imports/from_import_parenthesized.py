from collections import (
    deque,
    defaultdict,
    namedtuple as nt,
)
