# xfail: not yet identical to CPython
items = ["a", "b"]
items.pop()
items.pop()
items.pop()
