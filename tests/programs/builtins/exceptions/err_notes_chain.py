e = ValueError("x")
e.add_note("multi\nline note")
e.add_note("second")
try:
    e.add_note(3)
except TypeError as t:
    print(t)
try:
    raise KeyError("outer") from e
except KeyError as k:
    k.__notes__ = "not a list"
    try:
        k.add_note("x")
    except TypeError as t:
        print(t)
    raise
