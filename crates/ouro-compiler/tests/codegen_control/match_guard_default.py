match x:
    case 1:
        f()
    case _ if a:
        g()
