def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to stop"

g = stubborn()
print(next(g))
g.close()
