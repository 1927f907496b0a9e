try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(list.__hash__, [].__class__.__name__, len(list.__dict__) > 10)
print(sum([[1], [2]], []), max([[1, 2], [3]]), min([[2], [1, 9]]))
print([] == [], [] is not [], bool([]), bool([0]))
print(sorted(list.__dict__.keys() & {"append", "sort", "nope"}))
