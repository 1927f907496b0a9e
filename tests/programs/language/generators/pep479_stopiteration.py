def bad():
    yield 1
    raise StopIteration("leak")

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)

def via_next():
    it = iter([])
    yield next(it)

try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError:", e)
