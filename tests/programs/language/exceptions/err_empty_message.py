# xfail: not yet identical to CPython
raise RuntimeError()
