b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b), 104 in b, b"ell" in b, b"" in b, b"z" in b)
try:
    b[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    "h" in b
except TypeError as e:
    print(type(e).__name__, e)
