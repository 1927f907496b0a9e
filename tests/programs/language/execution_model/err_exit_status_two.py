# xfail: not yet identical to CPython
import sys
print("usage: prog FILE", file=sys.stderr)
sys.exit(2)
