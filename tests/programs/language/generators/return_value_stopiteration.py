def g():
    yield 1
    return {"answer": 42}

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)

def delegating():
    v = yield from g()
    yield v

print(list(delegating()))
