# xfail: not yet identical to CPython
print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({n: [m for m in range(n)] for n in range(4)})
