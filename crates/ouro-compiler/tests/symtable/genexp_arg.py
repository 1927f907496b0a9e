def f(xs):
    return sorted(x
        for x in xs)
print(sum(
    y for y in range(3)))
