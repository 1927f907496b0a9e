g = (x for x in range(2))
print(list(g), list(g))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
def gen():
    yield 1
x = gen()
for _ in x:
    pass
print(list(x))
