# xfail: not yet identical to CPython
match x:
    case [a] | [b]:
        pass
