match x:
    case [a, b] | (b, a):
        f()
