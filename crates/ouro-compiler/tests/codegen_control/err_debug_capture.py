match x:
    case __debug__:
        f()
