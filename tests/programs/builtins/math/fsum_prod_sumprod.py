import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1, -1e100, 1]), math.fsum([]), math.fsum(range(10)), math.fsum([1e308, 1e308, -1e308]) if False else "skip")
print(math.fsum([math.inf, 1]), math.fsum([2**53, 1, 1]), math.fsum([0.1, 0.2, 0.3]))
for bad in ([math.inf, -math.inf], [1e308, 1e308]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 21)), math.prod(["a"] if False else [1j, 1j]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []), math.sumprod([1.5, 2], [2, 2]))
try:
    math.sumprod([1, 2], [1])
except ValueError as e:
    print(type(e).__name__, e)
