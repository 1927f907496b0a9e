n = 100000
a = list(range(n))
print(len(a), sum(a), a[-1], a[n // 2])
a.reverse()
print(a[:3], a[-3:])
b = a[::7]
print(len(b), b[:3])
del a[::2]
print(len(a), a[:3])
c = [0] * n
c[::1000] = range(100)
print(sum(c), c.count(0))
