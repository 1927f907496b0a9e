# Classes deriving from two built-in exception classes: which pairs CPython accepts, which
# __new__/__init__/__str__ their instances get (those of the first base in the MRO defining
# them), and the attributes of the other base (None, or 0 for Unicode error positions).
import builtins

names = [
    "ValueError", "KeyError", "OSError", "BlockingIOError", "StopIteration", "SystemExit",
    "NameError", "AttributeError", "ImportError", "SyntaxError", "UnicodeDecodeError",
    "UnicodeTranslateError", "ExceptionGroup",
]
attrs = [
    "errno", "strerror", "filename", "filename2", "characters_written", "value", "code",
    "name", "obj", "msg", "path", "lineno", "offset", "text", "end_lineno", "end_offset",
    "encoding", "object", "start", "end", "reason", "message", "exceptions",
]
argsets = [(), (2, "x", "f"), ("m", ("f", 1, 2, "t")), ("e", b"ab", 0, 1, "r"), ("m", [ValueError(1)])]
for a in names:
    for b in names + [None]:
        bases = (getattr(builtins, a),) if b is None else (getattr(builtins, a), getattr(builtins, b))
        try:
            C = type("C", bases, {})
        except TypeError as e:
            print(a, b, "TypeError", str(e).replace("\n", " "))
            continue
        print(a, b, "base", C.__base__.__name__)
        for args in argsets:
            try:
                x = C(*args)
            except Exception as e:
                print("  ", args, type(e).__name__, e)
                continue
            out = []
            for n in attrs:
                try:
                    v = getattr(x, n)
                except AttributeError:
                    continue
                out.append(n + "=" + repr(v))
            print("  ", args, type(x).__name__, repr(str(x)), x.args, " ".join(out))
