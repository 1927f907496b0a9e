# xfail: not yet identical to CPython
a = {1, 2, 3, 4, 5}
print(a.union(), a.intersection(), a.difference(), a.union([6], (7,), "8"), a.intersection([1, 2, 3], {2, 3}, range(3)))
print(a.difference([1], [2], {3}), a.issubset(a), a.issuperset([]), set().issubset([]))
b = a.copy()
b.update()
b.update([10], {11}, (12,))
b.difference_update([1], [2])
b.intersection_update(range(20), range(5, 20))
print(b)
print(frozenset([1, 2]).union([3]), type(frozenset([1]).union([3])).__name__)
