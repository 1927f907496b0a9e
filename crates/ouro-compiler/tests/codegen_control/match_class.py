match x:
    case C():
        f()
