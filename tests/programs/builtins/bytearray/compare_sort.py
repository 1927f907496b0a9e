items = [bytearray(b"b"), bytearray(b"a"), b"c", bytearray(b"ab")]
print(sorted(items), max(items), min(items))
print(bytearray(b"a") < bytearray(b"b"), bytearray(b"a") <= b"a", bytearray(b"b") > b"a", bytearray(b"") < b"\x00")
try:
    bytearray(b"a") < "a"
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"x") in [b"x"], b"x" in [bytearray(b"x")], bytearray(b"ab") in bytearray(b"cab"), 97 in bytearray(b"a"))
