# xfail: not yet identical to CPython
for name in ("BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError", "IndexError", "OSError", "FileNotFoundError", "ValueError", "UnicodeDecodeError", "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Warning", "DeprecationWarning", "ExceptionGroup", "BaseExceptionGroup", "TimeoutError", "ModuleNotFoundError"):
    cls = getattr(__builtins__, name) if not isinstance(__builtins__, dict) else __builtins__[name]
    print(name, [c.__name__ for c in cls.__mro__[1:]])
