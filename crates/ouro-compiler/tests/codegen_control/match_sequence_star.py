match x:
    case [a, *rest]:
        f(rest)
