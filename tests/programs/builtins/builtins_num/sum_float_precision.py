vals = [1e16, 1.0, -1e16, 1.0, 0.1, 0.2, 0.3, -0.6, 1e-16, 3.0]
print(sum(vals), sum(sorted(vals)), sum(reversed(vals)))
print(sum([0.1, 0.2, 0.3, 0.4]), sum([0.4, 0.3, 0.2, 0.1]), sum([1.0, 1e-16, 1e-16]))
x = 0.1
acc = 0.0
for _ in range(10):
    acc += x
print(acc, sum([x] * 10), acc == sum([x] * 10))
print(sum([1, 2, 3.5, 4]), sum([3.5, 1, 2, 4]), sum([2**60, 0.5, 2**60]))
print(sum(1 / i for i in range(1, 1000)))
print(sum(i * 0.1 for i in range(100)), sum([1e308, 1e308, -1e308]))
