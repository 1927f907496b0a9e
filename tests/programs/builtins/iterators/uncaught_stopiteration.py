# xfail: not yet identical to CPython
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it))
