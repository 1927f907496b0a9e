import sys
print("usage: prog FILE", file=sys.stderr)
sys.exit(2)
