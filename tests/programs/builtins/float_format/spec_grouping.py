# xfail: not yet identical to CPython
for v in (1234567.891, -1234567.891, 1e20, 0.5, 123.0, 1234.0):
    print([format(v, s) for s in (",", ",.2f", "_.2f", ",.3e", ",g", "_g", "015,.2f", "020_.1f", ",.0f", ",%")])
