# xfail: not yet identical to CPython
raise SystemExit("stopping with a message")
