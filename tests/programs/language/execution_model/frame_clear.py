# frame.clear(): a finished frame (kept by a traceback) drops its locals; an executing one
# cannot be cleared. unittest's assertRaises clears the frames of the traceback it caught.
import sys


class Noisy:
    def __del__(self):
        print("Noisy dropped")


def fails():
    keep = Noisy()
    n = 42
    raise KeyError(n)


try:
    fails()
except KeyError as e:
    tb = e.__traceback__

frame = tb.tb_next.tb_frame
print(sorted(frame.f_locals))
print(frame.clear())
print("after clear", frame.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner_clear():
    f = sys._getframe()
    f.clear()


inner_clear()
