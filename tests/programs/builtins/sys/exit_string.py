import sys
print("exiting with message")
print("message to stderr, status 1")
sys.stdout.flush()
sys.exit("fatal: goes to stderr")
