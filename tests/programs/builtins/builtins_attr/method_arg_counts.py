# Argument-count errors of built-in methods (slot wrappers, METH_NOARGS, METH_O): every method
# of sample objects, bound, called with four positional arguments and with one unknown keyword. Only messages of
# those three rules are printed.
import collections
import re

# Only the rules checked before a method runs: slot wrappers, METH_NOARGS and METH_O.
RULE = re.compile(r"^( ?expected |wrapper \w+\(\) takes no keyword|[\w.]+\(\) takes (no|exactly one) )")

samples = [0, True, 1.5, 2j, "ab", b"ab", bytearray(b"ab"), [1], (1,), {1: 2}, {1},
           frozenset({1}), range(3), slice(1), None, object(), collections.deque(),
           {}.keys(), iter([]), memoryview(b"ab")]
for obj in samples:
    for name in sorted(dir(obj)):
        if name in ("__init__", "__new__", "__init_subclass__", "__subclasshook__", "__class__"):
            continue
        try:
            meth = getattr(obj, name)
        except ValueError:  # a released memoryview
            continue
        if type(meth).__name__ not in ("builtin_function_or_method", "method-wrapper"):
            continue
        for call in (lambda: meth(None, None, None, None), lambda: meth(__probe__=1)):
            try:
                call()
            except TypeError as e:
                if RULE.match(str(e)):
                    print(type(obj).__name__, name, e)
            except Exception:
                pass
