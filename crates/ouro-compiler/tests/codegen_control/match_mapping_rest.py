match x:
    case {1: a, **rest}:
        f(rest)
