# xfail: not yet identical to CPython
print(sorted([3, 1.5, True, 0, -2.5, 10**20, 1e20]))
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]))
print(sorted([2.5, float("inf"), float("-inf"), 0]))
print(sorted([1, 2, 3], key=lambda v: -v), sorted("bca", reverse=True))
print(sorted([(2, "a"), (1, "b"), (2, "")]))
print(sorted([[3], [1, 2], [], [1]]))
