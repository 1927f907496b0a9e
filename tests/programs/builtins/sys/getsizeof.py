import sys
for v in (0, 1, 2**30, 2**60, -1, True, 1.5, "", "a", "ab", "é", "€", "\U0001F600", b"", b"abc", (), (1,), (1, 2), [], None, 1j):
    print(repr(v), sys.getsizeof(v))
print(sys.getsizeof([], 99), sys.getsizeof(object()))
class C:
    def __sizeof__(self): return 100
print(sys.getsizeof(C()))
class Bad:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(type(e).__name__, e)
