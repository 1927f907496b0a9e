# xfail: not yet identical to CPython
import sys
print("about to exit")
sys.exit("fatal: configuration missing")
