match x:
    case [_, _]:
        f()
    case [_, *_]:
        g()
    case []:
        h()
