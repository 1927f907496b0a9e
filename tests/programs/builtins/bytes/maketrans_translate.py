t = bytes.maketrans(b"abc", b"ABC")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abc".translate(t, b"b"), b"abc".translate(None))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".translate(b"short")
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(b"xyz").translate(bytes.maketrans(b"xyz", b"zyx")))
