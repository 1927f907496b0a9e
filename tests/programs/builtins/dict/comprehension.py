# xfail: not yet identical to CPython
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({c: i for i, c in enumerate("hello")})
print({(x, y): x * y for x in range(3) for y in range(2)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
