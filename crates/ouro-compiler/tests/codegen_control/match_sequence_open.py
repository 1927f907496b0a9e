match x:
    case a, b:
        f()
