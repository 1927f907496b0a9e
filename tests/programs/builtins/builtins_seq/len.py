print(len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"xy"), len(bytearray(3)), len(memoryview(b"abcd")), len({}.keys()))
for bad in (5, None, iter([]), (x for x in []), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class L:
    def __len__(self): return 7
print(len(L()))
class Huge:
    def __len__(self): return 2**63
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
