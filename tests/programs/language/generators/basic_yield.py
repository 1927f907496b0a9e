def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "end"))
print(list(count(5)), sum(count(101)))
print(g.__name__, g.__qualname__)
