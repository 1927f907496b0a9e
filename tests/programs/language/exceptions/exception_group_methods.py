eg = ExceptionGroup("top", [
    ValueError("a"),
    ExceptionGroup("mid", [TypeError("b"), ValueError("c")]),
    KeyError("d"),
])
print(repr(eg))
print(eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
derived = eg.derive([ValueError("z")])
print(repr(derived))
