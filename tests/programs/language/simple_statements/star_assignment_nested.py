(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
head, *_ = "hello"
print(head, _)
