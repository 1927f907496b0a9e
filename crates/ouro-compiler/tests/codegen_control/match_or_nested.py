match x:
    case [1 | 2, a] | {0: a}:
        f()
