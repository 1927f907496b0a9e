# xfail: not yet identical to CPython
cache = {}
key = [1, 2]
cache[key] = "value"
