match x:
    case [a, *_]:
        f()
