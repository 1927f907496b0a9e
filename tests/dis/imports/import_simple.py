import os
import sys
# xfail: not yet identical to CPython
