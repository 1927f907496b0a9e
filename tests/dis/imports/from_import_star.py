from os.path import *
# xfail: not yet identical to CPython
