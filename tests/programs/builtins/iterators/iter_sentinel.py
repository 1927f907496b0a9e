vals = iter([1, 2, 3, 0, 4, 5])
print(list(iter(lambda: next(vals), 0)))
print(list(vals))
count = [0]
def f():
    count[0] += 1
    return count[0]
print(list(iter(f, 5)))
it = iter(f, 8)
print(next(it), next(it), type(it).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
