a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = [1, 2, 3]
it = iter(c)
next(it)
c.clear()
print(list(it))
d = [0, 1]
it = reversed(d)
d.append(2)
print(list(it))
