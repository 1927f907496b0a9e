import sys

print(sys.exc_info())
try:
    raise IndexError("i")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exception() is v)
    try:
        raise KeyError("nested")
    except KeyError:
        print(type(sys.exception()).__name__)
    print(type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())
