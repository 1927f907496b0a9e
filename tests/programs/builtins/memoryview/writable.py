ba = bytearray(b"abcdef")
m = memoryview(ba)
m[0] = 65
m[1:3] = b"BC"
print(ba, m.readonly)
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
sub = m[2:4]
sub[0] = ord("!")
print(ba)
