class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v

class L:
    def __len__(self):
        print("len called")
        return 0

class Neither:
    pass

print(bool(B(True)), bool(L()), bool(Neither()))
print("yes" if B(False) else "no")
print(not L())
try:
    class Bad:
        def __bool__(self):
            return 1
    bool(Bad())
except TypeError as e:
    print(e)
try:
    class BadLen:
        def __len__(self):
            return -1
    bool(BadLen())
except ValueError as e:
    print(e)
