# xfail: not yet identical to CPython
it = iter([1])
print(next(it))
next(it)
