a = [10, 20, 30]
print(a[0], a[-1], a[-3])
for i in (3, -4, 10**20):
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
for i in ("0", 1.0, None):
    try:
        a[i]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
a[-1] = 99
del a[0]
print(a)
