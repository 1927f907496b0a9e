class Z:
    def __len__(self): return 0
class NZ:
    def __len__(self): return 3
class BB:
    def __bool__(self): return False
class Bad:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
print(bool(Z()), bool(NZ()), bool(BB()), bool(object()))
print(len(NZ()))
for cls in (Bad, NegLen):
    try:
        print(bool(cls()))
    except Exception as e:
        print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except Exception as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except Exception as e:
    print(type(e).__name__, e)
