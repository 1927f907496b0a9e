import os.path as osp
import collections as c
# xfail: not yet identical to CPython
