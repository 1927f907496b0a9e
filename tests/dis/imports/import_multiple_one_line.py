import os, sys, re as regex
# xfail: not yet identical to CPython
