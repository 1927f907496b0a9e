e = ValueError(1)
for attr, val in [("__traceback__", 1), ("__cause__", 1), ("__context__", 1), ("args", 1)]:
    try:
        setattr(e, attr, val)
    except TypeError as t:
        print(t)
e.args = [1, 2]
print(e.args)
e.__cause__ = KeyError()
print(e.__suppress_context__, repr(e.__cause__))
try:
    del e.__traceback__
except TypeError as t:
    print(t)
try:
    e.with_traceback(5)
except TypeError as t:
    print(t)
try:
    raise ValueError from 5
except TypeError as t:
    print(t)
