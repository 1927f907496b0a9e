# xfail: not yet identical to CPython
class Plain:
    pass
with Plain() as p:
    print(p)
