match x:
    case y if y:
        f()
    case z:
        g()
