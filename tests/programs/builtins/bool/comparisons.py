# xfail: not yet identical to CPython
print(True > False, True >= 1, False < 0.5, sorted([True, 0, False, 1, -1]))
print(max(True, 0), min(False, -1), sum([True, True, False]))
print([1, 2, 3][True], "ab"[False], divmod(True, True))
print(True in [1], 1 in [True], 1.0 in {True})
print({True, 1, 1.0}, {0, False, 0.0})
