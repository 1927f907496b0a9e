match x:
    case 1:
        f()
    case 'a':
        g()
