# xfail: not yet identical to CPython
values = [1, 2, 3]
print(lenght(values))
