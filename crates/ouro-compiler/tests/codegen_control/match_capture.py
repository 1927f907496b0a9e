match x:
    case y:
        f(y)
