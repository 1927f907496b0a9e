match x:
    case [a, *rest, b]:
        f()
