sl = slice(1, -1, 2)
for obj in ([0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), "012345", b"012345", bytearray(b"012345"), range(6)):
    print(type(obj).__name__, obj[sl])
class Ix:
    def __index__(self): return 2
print([0, 1, 2, 3][Ix():], "abcd"[:Ix()], [0, 1, 2, 3][::Ix()])
try:
    [1, 2][1.0:]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab"[:"x"]
except TypeError as e:
    print(type(e).__name__, e)
