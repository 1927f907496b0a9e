match x:
    case _:
        f()
