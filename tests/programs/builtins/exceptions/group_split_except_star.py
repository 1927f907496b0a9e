eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")]), KeyError("d")])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.split(ExceptionGroup)[0] is eg)
print(eg.subgroup(OSError))
for args in [(1, []), ("x", 1), ("x", []), ("x", [1]), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
b = BaseExceptionGroup("x", [ValueError()])
print(type(b).__name__, isinstance(b, Exception))
b = BaseExceptionGroup("x", [KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception))
print(ExceptionGroup.__mro__)
class MyEG(ExceptionGroup):
    pass
e = MyEG("m", [ValueError(1)])
print(repr(e), type(e.derive([ValueError(2)])).__name__)
try:
    eg.split(1)
except TypeError as e:
    print(e)
eg.add_note("note1")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(KeyError)
    print(m.__traceback__ is caught.__traceback__)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* (TypeError, OSError) as e:
        print("T", repr(e))
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
except ExceptionGroup as e:
    print("new", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise TypeError("naked")
    except* ValueError:
        print("no")
except TypeError as e:
    print("naked passes", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError(1)
except KeyError as e:
    print("naked raise", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass
except TypeError as e:
    print(e)
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print(repr(sys.exception()))
except* TypeError:
    print(repr(sys.exc_info()[1]))
