try:
    raise ExceptionGroup("eg", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as g:
    print("caught values", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("caught types", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, repr(g.exceptions))
