# xfail: not yet identical to CPython
match x:
    case C(a=1, 2):
        pass
