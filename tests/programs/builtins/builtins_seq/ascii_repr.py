for v in ("plain", "é", "日本", "\U0001F600", "\x00\n", b"b\xff", ["é"], {"k": "ü"}, 1.5, None):
    print(repr(v), ascii(v), len(str(v)) if not isinstance(v, bytes) else "bytes")
class R:
    def __repr__(self): return "Rëpr"
print(repr(R()), ascii(R()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class RaiseRepr:
    def __repr__(self): raise ValueError("repr failed")
try:
    print([RaiseRepr()])
except ValueError as e:
    print(type(e).__name__, e)
