# SystemExit and other exceptions in atexit handlers are reported and ignored; module
# globals are still released afterwards.
import atexit, sys
def f():
    sys.exit(5)
def g():
    1/0
atexit.register(f)
atexit.register(g)
atexit.register(lambda: print("first"))
class D:
    def __del__(self):
        print("D del at exit")
d = D()
