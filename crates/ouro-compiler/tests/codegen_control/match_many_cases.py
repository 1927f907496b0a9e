match x:
    case 1:
        f()
    case [y]:
        g()
    case C(z):
        h()
    case w:
        k()
