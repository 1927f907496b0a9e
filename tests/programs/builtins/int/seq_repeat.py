print("ab" * 3, 3 * "ab", [0] * 3, (1,) * 2, b"x" * 4)
print("ab" * 0, "ab" * -5, [1] * False, "z" * True)
class Ix:
    def __index__(self): return 2
print("q" * Ix(), [5] * Ix())
try:
    "a" * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [None] * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
