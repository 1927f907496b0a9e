print(hash(1), hash(-1), hash(0), hash(1.0), hash("") , hash(()), hash(None) == hash(None))
print(hash(2**100) == hash(2**100 % (2**61 - 1)), hash(-2) == hash(-1))
class H:
    def __hash__(self): return 2**70
print(hash(H()))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
