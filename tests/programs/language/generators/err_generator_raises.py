def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed on third item")

for n in numbers():
    print(n)
