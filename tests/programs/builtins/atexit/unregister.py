# atexit.unregister removes every registration of a function; _clear and _run_exitfuncs.
import atexit


def a():
    print("a")


def b():
    print("b")


atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
atexit.unregister(print)
atexit._run_exitfuncs()
print("after explicit run", atexit._ncallbacks())
atexit.register(a)
atexit._clear()
print(atexit._ncallbacks())
atexit.register(b)
print("main done")
