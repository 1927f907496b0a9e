match x:
    case 1:
        f()
    case _:
        g()
