s = f"no fields"
t = f""
# xfail: not yet identical to CPython
