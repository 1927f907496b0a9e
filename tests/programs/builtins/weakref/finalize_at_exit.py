# weakref.finalize objects still alive at exit run through atexit, newest first.
import weakref


class C:
    pass


keep = [C(), C()]
weakref.finalize(keep[0], print, "first finalizer")
weakref.finalize(keep[1], print, "second finalizer")
print("end of module")
