# xfail: not yet identical to CPython
import sys
print("exiting with 3")
sys.stdout.flush()
sys.exit(3)
