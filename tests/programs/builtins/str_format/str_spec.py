# xfail: not yet identical to CPython
s = "héllo"
for spec in ("", "s", "10", "<10", ">10", "^10", "^9", "*^10", "0<10", "=<3", ".2", "10.3", ">10.1s", "3", "x^1", "🐍>8"):
    print(repr(spec), repr(format(s, spec)))
