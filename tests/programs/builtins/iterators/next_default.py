it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def g():
    yield 1
    return "ret"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("stop value", e.value, e.args)
