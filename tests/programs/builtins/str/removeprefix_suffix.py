for s in ("prefix_body_suffix", "prefix", "", "pre", "_suffix"):
    print(repr(s.removeprefix("prefix")), repr(s.removesuffix("_suffix")), repr(s.removeprefix("")), repr(s.removesuffix("")))
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
class S(str): pass
r = S("abc").removeprefix("z")
print(type(r).__name__)
