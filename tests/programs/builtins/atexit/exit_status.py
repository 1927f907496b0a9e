# atexit handlers run after sys.exit, and the exit status is kept.
import atexit
import sys

atexit.register(print, "handler after SystemExit")
print("exiting with 3")
sys.exit(3)
