l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[::3] = [None] * len(l[::3])
print(l)
del l[1::2]
print(l)
l[:0] = [-1, -2]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
m = [1, 2, 3]
m[1:1] = m
print(m)
