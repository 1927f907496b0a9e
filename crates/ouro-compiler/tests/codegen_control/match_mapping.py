match x:
    case {1: a, 'k': b}:
        f()
