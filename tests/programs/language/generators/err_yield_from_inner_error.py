def inner(n):
    for i in range(n):
        yield 10 // (2 - i)

def outer():
    yield from inner(5)

print(list(outer()))
