import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v, tb.tb_lineno)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print(type(f()).__name__)
