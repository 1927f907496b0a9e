# _thread._local keeps per-thread attributes; subclasses may take arguments.
import _thread

loc = _thread._local()
loc.x = 1
print(loc.x, type(loc))
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)


class L(_thread._local):
    def __init__(self, v):
        self.v = v


print(L(5).v)
