# Objects held by module globals die at exit; their weak-reference callbacks run then, and
# weak references held elsewhere see them die.
import _weakref
import atexit


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def report(r):
    print("callback for a dead object:", r() is None)


first = Obj("first")
ref_first = _weakref.ref(first, report)
second = Obj("second")
proxy_second = _weakref.proxy(second)
atexit.register(lambda: print("atexit: second is", proxy_second.name))
print("end of module")
