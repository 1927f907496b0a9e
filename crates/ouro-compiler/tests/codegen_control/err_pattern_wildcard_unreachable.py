match x:
    case _:
        f()
    case _:
        g()
