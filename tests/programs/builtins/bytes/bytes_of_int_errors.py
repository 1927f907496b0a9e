for n in (0, 1, 5):
    print(bytes(n), bytearray(n))
try:
    bytes(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(10**20)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    bytes([1, 2, 300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([1, 2, "3"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(None)
except TypeError as e:
    print(type(e).__name__, e)
