match x:
    case [a, a]:
        f()
