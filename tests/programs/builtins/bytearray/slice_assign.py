ba = bytearray(range(10))
ba[2:5] = [100, 101]
print(list(ba))
ba[::3] = bytes(len(ba[::3]))
print(list(ba))
ba[5:] = bytearray(b"ZZ")
print(ba)
ba[1:1] = memoryview(b"mm")
print(ba)
ba[:] = ba
print(ba)
ba[-1:] = range(3)
print(ba)
try:
    ba[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[1:2] = "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
