# xfail: not yet identical to CPython
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), type(iter(range(3))).__name__, type(reversed(range(3))).__name__)
print(sum(range(101)), max(range(7)), min(range(4, 1, -1)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 13))), dict(enumerate(range(3, 6))))
print(type(iter(range(2**64))).__name__)
