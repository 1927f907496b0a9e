# An exception in an atexit handler is reported and the other handlers still run; the exit
# status is unchanged.
import atexit


class Failing:
    def __call__(self):
        raise ValueError("handler failed")

    def __repr__(self):
        return "<Failing handler>"


atexit.register(print, "runs last")
atexit.register(Failing())
atexit.register(print, "runs first")
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
print("main done")
