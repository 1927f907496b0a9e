match x:
    case a.b:
        f()
    case a.b.c:
        g()
