import sys, types
print(sys.unraisablehook is sys.__unraisablehook__)
try:
    1/0
except ZeroDivisionError as e:
    err = e
class U:
    pass
u = U()
u.exc_type, u.exc_value, u.exc_traceback, u.err_msg, u.object = type(err), err, err.__traceback__, None, "obj"
sys.unraisablehook(u)
u.err_msg = "Exception ignored while testing"
sys.unraisablehook(u)
u.object = None
sys.unraisablehook(u)
