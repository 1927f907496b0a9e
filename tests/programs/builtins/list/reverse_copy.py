a = [1, 2, 3]
b = a.copy()
a.reverse()
print(a, b, a is b)
c = [[1], [2]]
d = c.copy()
d[0].append(9)
print(c, d)
print(list(reversed(a)), a[::-1], [].copy())
a.reverse()
print(a)
