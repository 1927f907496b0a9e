class L:
    def __lt__(self, o):
        print("L.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("L.__eq__")
        return NotImplemented

class R:
    def __gt__(self, o):
        print("R.__gt__")
        return True
    def __eq__(self, o):
        print("R.__eq__")
        return NotImplemented

print(L() < R())
print(L() == R())
print(L() != R())
try:
    L() < L()
except TypeError as e:
    print(e)
