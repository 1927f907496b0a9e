# xfail: not yet identical to CPython
raise ExceptionGroup("outer", [
    ValueError("v"),
    ExceptionGroup("inner", [KeyError("k"), OSError("o")]),
])
