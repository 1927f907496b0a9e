a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
(r, s), t = [1, 2], 3
print(p, q, r, s, t)
first, *rest = [1, 2, 3]
*init, last = (1, 2, 3)
a, *b, c = range(5)
print(first, rest, init, last, a, b, c)
l = [0, 0, 0]
l[0], l[1:] = "x", "yz"
print(l)
