import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(sum([1, 2.5, 3]), sum([], 0.0), sum([1.5], start=1))
print(sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
print(sum(i * 0.01 for i in range(1000)))
print(sum([1e308, 1e308]), sum([1e16, 1.0, 1.0, -1e16]))
print(sum([1, 1e100, 1, -1e100] * 10))
print(sum([2**53, 1.0, 1.0]), sum([0.1] * 3 + [-0.3]))
