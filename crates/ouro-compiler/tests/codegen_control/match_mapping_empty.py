match x:
    case {}:
        f()
