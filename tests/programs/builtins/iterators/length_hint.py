import operator
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(iter(range(10))), operator.length_hint((x for x in []), 7))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), operator.length_hint(reversed("abcd")), operator.length_hint(iter({1: 2})))
class H:
    def __length_hint__(self): return 42
print(operator.length_hint(H()), operator.length_hint(object(), 3))
class Bad:
    def __length_hint__(self): return -1
try:
    operator.length_hint(Bad())
except ValueError as e:
    print(type(e).__name__, e)
