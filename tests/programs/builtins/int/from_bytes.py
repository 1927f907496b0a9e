print(int.from_bytes(b"\x00\x10", "big"))
print(int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=False))
print(int.from_bytes(b"", "big"))
print(int.from_bytes(b"\x80", signed=True))
print(int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x01" * 20, "big"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x07", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(b"a", "sideways")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(type(e).__name__, e)
