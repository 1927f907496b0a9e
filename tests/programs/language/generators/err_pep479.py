def broken():
    yield "ok"
    raise StopIteration

for x in broken():
    print(x)
