# xfail: not yet identical to CPython
await x
