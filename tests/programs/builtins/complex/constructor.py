print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex(True, False))
for s in ("1+2j", " (1+2j) ", "-j", "j", "3", "2.5e3-1e-2j", "inf+nanj", "1_0+2_0j", "1 + 2j", "(1+2j", "2j+1", "", "1e500j"):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(complex(1j, 1j), complex(1+1j, 2))
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 3
print(complex(C()), complex(Fl()), complex(Ix()))
