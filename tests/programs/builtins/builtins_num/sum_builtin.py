print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1.5, 2.5]), sum([1, 2], start=10), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 0.1, 0.2]), sum(x / 10 for x in range(10)))
print(sum([True, True, 3]), sum([1j, 2]), sum([10**20, 1.5]), sum([2**63, 2**63]), sum([-(2**62)] * 4))
for args in [(["a", "b"], ""), ([b"a"], b""), ([1, "a"],), ([[1]],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([bytearray(b"x")], bytearray()) if False else "skip")
print(sum([float("inf"), float("-inf")]), sum([float("nan"), 1.0]) != sum([float("nan"), 1.0]))
