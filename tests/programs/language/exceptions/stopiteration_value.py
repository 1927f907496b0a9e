def g():
    yield 1
    return "result"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value)
print(StopIteration().value)
