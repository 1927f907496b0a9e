print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", key=str.upper), max([1, -5, 3], key=abs))
print(min([], default="empty"), max([], default=None), min([2], default=0), max((x for x in [3, 9, 2])))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max([(1, "b"), (1, "a")]), min([[2], [1, 5]]))
for args, kw in [((), {}), (([],), {}), ((1, 2), {"default": 0}), ((1,), {}), ((1, "a"), {}), (([1],), {"bad": 1})]:
    try:
        print(max(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([3, 1, 3], key=lambda v: v), max(["a", "bb", "cc"], key=len), min(["bb", "a", "c"], key=len))
n = float("nan")
print(max([n, 1, 2]), max([1, n, 2]), min([n, 1]), min([1, n]))
