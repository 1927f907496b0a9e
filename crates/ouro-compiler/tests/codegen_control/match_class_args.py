match x:
    case C(a, b):
        f()
