for s in ("1", " 1.5 ", "-2.5e3", "+.5", "5.", "1_000.5", "inf", "-Infinity", "nAn", "  -iNF ", "1e500", "-1e500", "1e-500", "0x10", "1__0", "", "abc", "1.2.3", "١.٥", "\t3\n"):
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(True), float(10**20), float(b"2.5"))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
for bad in (None, [], 1j):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
