e = ValueError("base")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
e2 = KeyError("k")
print(hasattr(e2, "__notes__"))
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as te:
    print(type(te).__name__, te)
