import sys
try:
    1/0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
def hook(t, v, tb):
    raise KeyError("in hook")
sys.excepthook = hook
raise ValueError("x")
