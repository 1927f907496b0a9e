match x:
    case {a.b: 1, None: c}:
        f()
