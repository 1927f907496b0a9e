# xfail: not yet identical to CPython
seen = {"a", "b"}
seen.remove("a")
seen.remove("a")
