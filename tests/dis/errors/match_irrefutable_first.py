# xfail: not yet identical to CPython
match x:
    case y:
        pass
    case 1:
        pass
