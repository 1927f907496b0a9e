names = [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError,
         UnboundLocalError, ModuleNotFoundError, StopIteration, KeyboardInterrupt,
         SystemExit, GeneratorExit, UnicodeDecodeError, NotImplementedError, TimeoutError]
for exc in names:
    print(exc.__name__, "->", " -> ".join(k.__name__ for k in exc.__mro__[1:]))
