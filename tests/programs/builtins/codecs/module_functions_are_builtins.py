# The functions of _codecs are built-in functions: named after their module, not bound as
# methods when a class stores one, and picklable by reference (protocol 0 pickles a
# bytearray through codecs.encode).
import _codecs
import codecs
import pickle

for name in ("encode", "decode", "lookup", "register", "utf_8_decode", "latin_1_encode"):
    f = getattr(_codecs, name)
    print(name, type(f).__name__, f.__module__, f.__qualname__, repr(f), f.__self__ is _codecs)
    print(getattr(codecs, name, None) is f)


class Holder:
    decode = codecs.utf_8_decode


print(Holder().decode(b"abc"))
for proto in range(6):
    data = pickle.dumps(bytearray(b"ab\x00\xff"), proto)
    print(proto, pickle.loads(data))
print(pickle.loads(pickle.dumps(codecs.encode)) is codecs.encode)
print(codecs.encode("abc", "rot13"), codecs.decode(b"\xe9t\xe9", "latin-1"))
try:
    codecs.encode("x", "no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
