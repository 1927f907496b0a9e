a = bytearray(b"x")
b = a
a += b"y"
print(a is b, a, b)
a *= 3
print(a is b, b)
a *= 0
print(a, b)
c = bytearray(b"q")
try:
    c += "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    c *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
c += [1, 2] if False else bytearray(b"!")
print(c)
