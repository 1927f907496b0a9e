a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2], a[5:2], a[slice(2, 8, 3)])
b = a[:]
b[2:5] = ["x"]
print(b)
b[::2] = list("ABCD")
print(b)
b[1:1] = [7, 7, 7]
print(b)
del b[::3]
print(b)
b[:] = []
print(b)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[1:2] = c
print(c)
