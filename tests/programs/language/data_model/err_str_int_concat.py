# xfail: not yet identical to CPython
count = 3
message = "count: " + count
