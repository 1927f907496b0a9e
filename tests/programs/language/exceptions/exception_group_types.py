eg = ExceptionGroup("x", [ValueError()])
print(type(eg).__name__)
beg = BaseExceptionGroup("y", [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("z", [KeyboardInterrupt()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
