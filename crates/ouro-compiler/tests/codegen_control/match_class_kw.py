match x:
    case C(x=1, y=b):
        f()
