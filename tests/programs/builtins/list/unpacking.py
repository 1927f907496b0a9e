a, b, *c = [1, 2, 3, 4, 5]
print(a, b, c)
*d, e = "xyz"
print(d, e)
f, *g, h = range(2)
print(f, g, h)
[i, j] = (1, 2)
print(i, j)
print([*range(3), *"ab", *[None]])
for bad in ([1], [1, 2, 3]):
    try:
        p, q = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    m, n, *o = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
