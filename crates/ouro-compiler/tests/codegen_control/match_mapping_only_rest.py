match x:
    case {**rest}:
        f()
