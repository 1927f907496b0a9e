a = list(range(10))
del a[1], a[2]
print(a)
del a[-2:]
print(a)
del a[:1], a[::2]
print(a)
x = [1]
y = x
del x
print(y)
try:
    x
except NameError as e:
    print(type(e).__name__, e)
