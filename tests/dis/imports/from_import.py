from os import path, sep
from collections import OrderedDict as OD
# xfail: not yet identical to CPython
