import sys
def outer():
    return inner()
def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name, f.f_lineno
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
def loc():
    a, b = 1, "x"
    return sorted(sys._getframe().f_locals.items())
print(loc())
print(sys._getframe().f_globals is globals(), type(sys._getframe()).__name__)
