match x:
    case y:
        f()
    case 1:
        g()
