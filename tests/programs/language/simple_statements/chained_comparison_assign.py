x = y = 0
x += 1
print(x, y)
a = [1, 2]
b = a
a = a + [3]
print(a, b)
i = 0
l = [10, 20]
l[i] = i = 1
print(l, i)
