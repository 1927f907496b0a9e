match x:
    case 1 | _:
        f()
