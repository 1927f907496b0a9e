# xfail: not yet identical to CPython
print({1, 1.5, "a", (1, 2), None, True, b"b", 2.0})
print({(i, str(i)) for i in range(6)})
print({0.1, 0.2, 0.3, 1e100, -0.5})
print(frozenset({frozenset({1}), frozenset({2, 3})}))
print({None, False, 0.0, ""})
